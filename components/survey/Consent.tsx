import { QUESTIONNAIRE } from '../../lib/survey/questionnaire';
import { RR_SCHEME } from '../../lib/survey/rr';
import { useI18n } from '../i18n';

/** Everything a participant should know before the first question, in plain words. */
export function Consent(props: {
  /** The campaign is already known (the web page): where the answers go is named here. */
  collector: string | null;
  sharedComputer: boolean;
  onSharedComputerChange(on: boolean): void;
  onStart(): void;
}) {
  const { t, language } = useI18n();
  const items = [
    ['survey.consent.collected.heading', 'survey.consent.collected.body'],
    ['survey.consent.never.heading', 'survey.consent.never.body'],
    ['survey.consent.rr.heading', 'survey.consent.rr.body'],
    [
      'survey.consent.where.heading',
      props.collector ? 'survey.consent.where.fixed' : 'survey.consent.where.body',
    ],
    ['survey.consent.withdraw.heading', 'survey.consent.withdraw.body'],
    ['survey.consent.skip.heading', 'survey.consent.skip.body'],
  ] as const;
  return (
    <div class="survey-consent">
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {t('survey.consent.heading')}
      </h2>
      <p>{t('survey.consent.intro')}</p>
      {items.map(([heading, body]) => (
        <section key={heading} class="consent-item">
          <h3>{t(heading)}</h3>
          <p>
            {t(body, {
              collector: props.collector ?? '',
              epsilon: RR_SCHEME.epsilon,
              total: RR_SCHEME.epsilon * 4,
            })}
          </p>
        </section>
      ))}
      <p class="hint">{QUESTIONNAIRE.rrNote[language]}</p>
      <details class="trainer">
        <summary>{t('survey.shared.summary')}</summary>
        <label class="check">
          <input
            type="checkbox"
            checked={props.sharedComputer}
            onChange={(event) => props.onSharedComputerChange(event.currentTarget.checked)}
          />
          <span>{t('survey.shared.label')}</span>
        </label>
        <p class="hint">{t('survey.shared.hint')}</p>
      </details>
      <div class="actions">
        <button type="button" class="primary" onClick={props.onStart}>
          {t('survey.consent.start')}
        </button>
      </div>
    </div>
  );
}
