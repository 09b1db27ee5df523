import { formatDateTime } from '../../lib/i18n/resolve';
import { backupOverview, nextSteps } from '../../lib/reminders/next-steps';
import { attention, type ReminderState } from '../../lib/reminders/schedule';
import type { Checklist } from '../../lib/storage/items';
import { useI18n } from '../i18n';
import { Section } from '../Section';
import { StepText } from './NextSteps';

/** The popup's reminders: last backup and next due, how much needs attention, and the next step. */
export function ReminderSummary(props: {
  state: ReminderState;
  checklist: Checklist;
  now: number;
  onOpen(): void;
}) {
  const { language, t } = useI18n();
  const { state, checklist, now } = props;
  const backups = backupOverview(state, now);
  const count = attention(state, checklist, now).total;
  const [next] = nextSteps(state, checklist, now);
  return (
    <Section id="reminders" heading={t('reminders.heading')}>
      {backups.ticked > 0 && (
        <p data-backups>
          {backups.last === undefined
            ? t('reminders.noBackup')
            : t('reminders.lastBackup', { when: formatDateTime(language, backups.last) })}
          <br />
          {backups.nextDue !== undefined && backups.nextDue > now
            ? t('reminders.nextDue', { when: formatDateTime(language, backups.nextDue) })
            : t('reminders.dueNow')}
        </p>
      )}
      <p data-attention={count}>{t('reminders.attention', { count })}</p>
      {next && (
        <p class="next">
          <span>{t('status.next')}: </span>
          <StepText step={next} />
        </p>
      )}
      <p>
        <button type="button" onClick={props.onOpen}>
          {t('reminders.open')}
        </button>
      </p>
    </Section>
  );
}
