import type { OutboxView } from '../../lib/survey/shell';
import { useI18n } from '../i18n';

/** Where each sent record is: waiting, sent with its receipt, or stopped with why (answers kept). */
export function SendStatus(props: { keys: readonly string[]; outbox: readonly OutboxView[] }) {
  const { t } = useI18n();
  const entries = props.keys.flatMap((key) => props.outbox.filter((entry) => entry.key === key));
  return (
    <ul class="send-status" aria-live="polite">
      {entries.map((entry) => (
        <li key={entry.key} data-part={entry.part} data-state={entry.state}>
          <strong>{t(entry.part === 'main' ? 'survey.status.main' : 'survey.status.followup')}</strong>{' '}
          {entry.state === 'sent' && t('survey.status.sent', { receipt: entry.receipt ?? '' })}
          {entry.state === 'waiting' &&
            t(entry.part === 'main' ? 'survey.status.waiting' : 'survey.status.waitingFollowup')}
          {entry.state === 'stopped' && (
            <>
              {t(`survey.problem.${entry.problem ?? 'refused'}`)} {t('survey.status.kept')}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
