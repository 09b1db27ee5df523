import { formatDateTime } from '../../lib/i18n/resolve';
import type { ReminderChange } from '../../lib/reminders/changes';
import {
  BACKUP_RULE_TEXT,
  BACKUPS,
  type BackupInfo,
  CADENCE_TEXT,
  CADENCES,
  type Cadence,
} from '../../lib/reminders/checklist';
import { backupDue, cadenceOf } from '../../lib/reminders/schedule';
import type { BackupLog, ReminderSettings } from '../../lib/storage/items';
import { useI18n } from '../i18n';
import { Section } from '../Section';

interface BackupProps {
  settings: ReminderSettings;
  backups: BackupLog;
  now: number;
  onChange(change: ReminderChange): void;
}

function BackupCard(props: BackupProps & { backup: BackupInfo }) {
  const { language, t } = useI18n();
  const { backup, settings, backups, now, onChange } = props;
  const cadence = cadenceOf(settings, backup.id);
  const { last, due } = backupDue(settings, backups, backup.id, now);
  const cadenceId = `backup-${backup.id}-cadence`;
  return (
    <li id={`backup-${backup.id}`} class="card" data-backup={backup.id} data-due={String(due <= now)}>
      <h3>{t(backup.title)}</h3>
      <p>
        <label for={cadenceId}>{t('reminders.backups.cadence')}</label>{' '}
        <select
          id={cadenceId}
          value={cadence}
          onChange={(event) =>
            onChange({
              kind: 'backup-choice',
              backup: backup.id,
              ticked: true,
              cadence: event.currentTarget.value as Cadence,
            })
          }
        >
          {CADENCES.map((option) => (
            <option key={option} value={option}>
              {t(CADENCE_TEXT[option])}
            </option>
          ))}
        </select>
      </p>
      <p>
        {last === undefined
          ? t('reminders.noBackup')
          : t('reminders.lastBackup', { when: formatDateTime(language, last) })}
        <br />
        {due <= now ? t('reminders.dueNow') : t('reminders.nextDue', { when: formatDateTime(language, due) })}
      </p>
      <p class="actions">
        <button type="button" onClick={() => onChange({ kind: 'backed-up', backups: [backup.id] })}>
          {t('reminders.action.backedUp')}
        </button>
      </p>
      <details>
        <summary>{t('reminders.backups.how')}</summary>
        <p>{t(backup.how)}</p>
        <p>
          <a href={backup.link} target="_blank" rel="noreferrer">
            {t('reminders.backups.guide')}
          </a>
        </p>
      </details>
    </li>
  );
}

export function BackupList(props: BackupProps) {
  const { t } = useI18n();
  const { settings, onChange } = props;
  const ticked = BACKUPS.filter((backup) => settings.backups[backup.id]?.ticked);
  return (
    <Section id="backups" heading={t('reminders.backups.heading')} anchor>
      <p>{t('reminders.backups.intro')}</p>
      <p class="hint">{t(BACKUP_RULE_TEXT)}</p>
      <fieldset class="choices">
        <legend>{t('reminders.backups.choose')}</legend>
        {BACKUPS.map((backup) => (
          <label key={backup.id}>
            <input
              type="checkbox"
              name="backup"
              value={backup.id}
              checked={settings.backups[backup.id]?.ticked ?? false}
              onChange={(event) =>
                onChange({
                  kind: 'backup-choice',
                  backup: backup.id,
                  ticked: event.currentTarget.checked,
                  cadence: cadenceOf(settings, backup.id),
                })
              }
            />{' '}
            {t(backup.title)}
          </label>
        ))}
      </fieldset>
      {ticked.length > 0 && (
        <ul class="cards">
          {ticked.map((backup) => (
            <BackupCard key={backup.id} backup={backup} {...props} />
          ))}
        </ul>
      )}
    </Section>
  );
}
