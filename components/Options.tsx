import type { Language } from '../lib/i18n/language';
import { Header } from './Header';
import { useI18n } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { PromptOptions, type PromptOptionsProps } from './PromptOptions';
import { OpenPractice } from './practice/OpenPractice';
import { Section } from './Section';
import { TwoFactorSitesOption, type TwoFactorSitesOptionProps } from './TwoFactorSitesOption';

export type ClearStatus = 'idle' | 'cleared' | 'failed';

export interface OptionsProps {
  findingCount: number;
  clearStatus: ClearStatus;
  onLanguageChange(language: Language): void;
  onClearFindings(): void;
  onOpenPractice(): void;
  prompts: PromptOptionsProps;
  /** The reminders page, where reminder settings live (one place, not two). */
  remindersUrl: string;
  twoFactorSites: TwoFactorSitesOptionProps;
  /** The 2fa.directory licence, shipped with its data. */
  twoFactorLicenceUrl: string;
}

export function Options(props: OptionsProps) {
  const { t } = useI18n();
  return (
    <div class="page options">
      <Header title={t('options.title')} />
      <main>
        <Section id="language" heading={t('language.label')}>
          <p>{t('options.language.hint')}</p>
          <LanguageSwitch onChange={props.onLanguageChange} />
        </Section>
        <PromptOptions {...props.prompts} />
        <Section id="reminders" heading={t('reminders.heading')}>
          <p>{t('options.reminders.body')}</p>
          <p>
            <a href={props.remindersUrl}>{t('reminders.open')}</a>
          </p>
        </Section>
        <TwoFactorSitesOption {...props.twoFactorSites} />
        <Section id="data" heading={t('options.data.heading')}>
          <p>{t('options.data.body', { count: props.findingCount })}</p>
          <p>
            <button type="button" onClick={props.onClearFindings} disabled={props.findingCount === 0}>
              {t('options.data.clear')}
            </button>
          </p>
          <p role="status" class="notice">
            {props.clearStatus === 'cleared' && t('options.data.cleared')}
            {props.clearStatus === 'failed' && t('options.data.failed')}
          </p>
        </Section>
        <OpenPractice body="practice.options.body" onOpen={props.onOpenPractice} />
        <Section id="privacy" heading={t('options.privacy.heading')}>
          <p>{t('options.privacy.body')}</p>
        </Section>
        <Section id="about" heading={t('options.about.heading')}>
          <p>
            {t('options.about.twoFactorData')}{' '}
            <a href={props.twoFactorLicenceUrl} target="_blank" rel="noreferrer">
              {t('options.about.licence')}
            </a>
          </p>
        </Section>
      </main>
    </div>
  );
}
