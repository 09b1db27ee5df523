import { ACCOUNTS } from '../../lib/reminders/checklist';
import { reminderButtons, reminderText } from '../../lib/reminders/notification';
import type { Reminder } from '../../lib/reminders/schedule';
import { useI18n } from '../i18n';
import { Section } from '../Section';

/**
 * The reminder a clicked notification stands for, with the same two actions as the notification's
 * buttons: Firefox shows notifications without buttons, so this is where it gets them.
 */
export function ReminderFocus(props: { reminder: Reminder; onAnswer(button: 0 | 1): void }) {
  const { t } = useI18n();
  const { reminder } = props;
  const { title, message } = reminderText(reminder, t);
  const buttons = reminderButtons(reminder);
  return (
    <Section id="reminder" heading={t('reminders.focus.heading')}>
      <div class="focus" data-reminder={reminder.kind}>
        <p>
          <strong>{title}</strong>
        </p>
        <p>{message}</p>
        <p class="actions">
          {buttons.map((button, index) => {
            const { action } = button;
            if (action.kind !== 'open') {
              return (
                <button key={button.label} type="button" onClick={() => props.onAnswer(index as 0 | 1)}>
                  {t(button.label)}
                </button>
              );
            }
            // One account: its own setting. Several: each one's, further down this page.
            return action.url ? (
              <a key={button.label} class="button" href={action.url} target="_blank" rel="noreferrer">
                {t(button.label)}
              </a>
            ) : (
              ACCOUNTS.filter((account) => reminder.ids.some((id) => id === account.id)).map((account) => (
                <a key={account.id} class="button" href={`#account-${account.id}`}>
                  {t(button.label)}: {account.name}
                </a>
              ))
            );
          })}
        </p>
      </div>
    </Section>
  );
}
