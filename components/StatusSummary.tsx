import { checkText } from '../lib/checks/definition';
import type { Summary } from '../lib/findings/summary';
import { SETTINGS_URL } from '../lib/platforms';
import { useI18n } from './i18n';
import { StateBadge } from './StateBadge';

/** The first thing the popup says: am I OK, and what is the one next thing to do. */
export function StatusSummary(props: { summary: Summary }) {
  const { t } = useI18n();
  const { status, count, next, score } = props.summary;
  return (
    <section class={`status status-${status}`} aria-labelledby="status-heading" data-status={status}>
      <h2 id="status-heading">{t('status.heading')}</h2>
      <p class="status-title">
        <strong>{t(`status.${status}.title`, { count })}</strong>
      </p>
      <p>{t(`status.${status}.body`, { count })}</p>
      {score.known > 0 && (
        <p class="score" data-score={`${score.good}/${score.known}`}>
          <strong>{t('score.label', score)}</strong>{' '}
          <meter min={0} max={score.known} value={score.good} aria-label={t('score.label', score)} />
          <br />
          <span class="hint">{t('score.explain')}</span>
        </p>
      )}
      {next ? (
        <p class="next">
          <span>{t('status.next')}: </span>
          <a href={next.check.deepLink} target="_blank" rel="noreferrer">
            {t(checkText(next.check).title)}
          </a>{' '}
          <StateBadge state={next.finding.state} />
        </p>
      ) : (
        status === 'none' && (
          <p class="next">
            <a class="button" href={SETTINGS_URL.facebook} target="_blank" rel="noreferrer">
              {t('status.openFacebookSettings')}
            </a>
          </p>
        )
      )}
    </section>
  );
}
