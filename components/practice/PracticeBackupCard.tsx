import { BACKUP_RULE_TEXT, BACKUPS } from '../../lib/reminders/checklist';
import { usePracticeText } from './use-practice-text';

/**
 * A backup card for practice, in the checklist's own words. Pressing "I backed up now" only marks
 * the practice step: the user's real backup dates are never touched from here.
 */
export function PracticeBackupCard(props: { done: boolean; onDone(): void }) {
  const t = usePracticeText();
  const [backup] = BACKUPS;
  if (!backup) return null;
  return (
    <section class="backup-card" aria-labelledby="practice-backup-heading" data-practice-task="backup">
      <h3 id="practice-backup-heading">{t('practice.backup.heading')}</h3>
      <h4>{t(backup.title)}</h4>
      <p>{t(backup.how)}</p>
      <p class="hint">{t(BACKUP_RULE_TEXT)}</p>
      <p>
        <button type="button" aria-pressed={props.done} onClick={props.onDone}>
          {t('practice.backup.done')}
        </button>
      </p>
      <p role="status" class="notice">
        {props.done && t('practice.backup.recorded')}
      </p>
    </section>
  );
}
