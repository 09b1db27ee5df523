import { checkText } from '../lib/checks/definition';
import type { ShownFinding } from '../lib/findings/summary';
import { formatDateTime } from '../lib/i18n/resolve';
import { useI18n } from './i18n';
import { StateBadge } from './StateBadge';

export function FindingItem(props: {
  entry: ShownFinding;
  /** Absent in practice mode, where there is no real setting to open or keep. */
  onAcknowledge?(checkId: string, acknowledged: boolean): void;
}) {
  const { onAcknowledge } = props;
  const { language, t } = useI18n();
  const { check, finding } = props.entry;
  const text = checkText(check);
  return (
    <li
      class="finding"
      data-check={check.id}
      data-state={finding.state}
      {...(finding.acknowledged ? { 'data-acknowledged': 'true' } : {})}
    >
      <details>
        <summary>
          <span class="finding-title">{t(text.title)}</span>
          <StateBadge state={finding.state} acknowledged={finding.acknowledged} />
        </summary>
        <div class="finding-body">
          {finding.evidence && (
            <p class="evidence">
              <q>{finding.evidence.label}</q>: <strong>{finding.evidence.value}</strong>
            </p>
          )}
          <h3>{t('findings.why')}</h3>
          <p>{t(text.why)}</p>
          <h3>{t('findings.fix')}</h3>
          <p>{t(text.fix)}</p>
          {onAcknowledge && (
            <p class="actions">
              <a href={check.deepLink} target="_blank" rel="noreferrer">
                {t('findings.open')}
              </a>
              {finding.state === 'risky' && (
                <button type="button" onClick={() => onAcknowledge(check.id, !finding.acknowledged)}>
                  {t(finding.acknowledged ? 'findings.unacknowledge' : 'findings.acknowledge')}
                </button>
              )}
            </p>
          )}
          <p class="seen">{t('findings.seen', { when: formatDateTime(language, finding.seenAt) })}</p>
        </div>
      </details>
    </li>
  );
}
