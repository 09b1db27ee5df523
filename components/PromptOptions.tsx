import { useI18n } from './i18n';
import { Section } from './Section';

export interface PromptOptionsProps {
  enabled: boolean;
  /** How many prompts the user turned off one by one ("Don't show this again"). */
  turnedOff: number;
  onEnabledChange(enabled: boolean): void;
  onRestore(): void;
}

/** The switch for every in-page prompt, and a way back for the ones turned off one by one. */
export function PromptOptions(props: PromptOptionsProps) {
  const { t } = useI18n();
  return (
    <Section id="prompts" heading={t('options.prompts.heading')}>
      <p>{t('options.prompts.body')}</p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={props.enabled}
            onChange={(event) => props.onEnabledChange(event.currentTarget.checked)}
          />{' '}
          {t('options.prompts.toggle')}
        </label>
      </p>
      {props.turnedOff > 0 && (
        <p>
          {t('options.prompts.turnedOff', { count: props.turnedOff })}{' '}
          <button type="button" onClick={props.onRestore}>
            {t('options.prompts.restore')}
          </button>
        </p>
      )}
    </Section>
  );
}
