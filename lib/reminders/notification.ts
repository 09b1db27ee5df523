import type { MessageKey, Translator } from '../i18n/translate';
import type { ReminderChange } from './changes';
import { ReminderSchema } from './changes';
import { ACCOUNTS, type AccountId, BACKUPS, type BackupKind } from './checklist';
import type { Reminder } from './schedule';

/*
 * A reminder as the user meets it: the notification's id, words and two actions. The reminders page
 * shows the same two actions when a notification is clicked, because Firefox's notifications have
 * no buttons; both ways end in the background's one answer function.
 */

/** Every notification and alarm of this feature starts so; other features' names are left alone. */
export const REMINDERS_PREFIX = 'reminders';

/** `reminders:backup:phone,work-documents`: the notification id, and the page's `?reminder=`. */
export function reminderId(reminder: Reminder): string {
  return `${REMINDERS_PREFIX}:${reminder.kind}:${reminder.ids.join(',')}`;
}

export function parseReminderId(id: string): Reminder | undefined {
  const [prefix, kind, ids, ...rest] = id.split(':');
  if (prefix !== REMINDERS_PREFIX || ids === undefined || rest.length > 0) return undefined;
  const parsed = ReminderSchema.safeParse({ kind, ids: ids.split(',') });
  return parsed.success ? parsed.data : undefined;
}

/**
 * What one of a reminder's two actions does: a change the background stores, a page it opens (the
 * account's own two-factor setting; the reminders page's accounts when there are several), or
 * nothing but closing the notification, because the reminder already waits its period.
 */
export type ReminderAction =
  | { kind: 'change'; change: ReminderChange }
  | { kind: 'open'; url: string | undefined }
  | { kind: 'later' };

export interface ReminderButton {
  label: MessageKey;
  action: ReminderAction;
}

function accountLink(ids: readonly AccountId[]): string | undefined {
  if (ids.length !== 1) return undefined;
  return ACCOUNTS.find((account) => account.id === ids[0])?.twoFactorLink;
}

export function reminderButtons(reminder: Reminder): readonly [ReminderButton, ReminderButton] {
  switch (reminder.kind) {
    case 'backup':
      return [
        {
          label: 'reminders.action.backedUp',
          action: { kind: 'change', change: { kind: 'backed-up', backups: [...reminder.ids] } },
        },
        {
          label: 'reminders.action.tomorrow',
          action: { kind: 'change', change: { kind: 'snooze', reminder } },
        },
      ];
    case 'two-factor':
      return [
        { label: 'reminders.action.turnOn', action: { kind: 'open', url: accountLink(reminder.ids) } },
        { label: 'reminders.action.nextWeek', action: { kind: 'later' } },
      ];
    case 'two-factor-review':
      return [
        {
          label: 'reminders.action.stillOn',
          action: {
            kind: 'change',
            change: { kind: 'review', accounts: [...reminder.ids], stillOn: true, codesSafe: true },
          },
        },
        {
          label: 'reminders.action.tomorrow',
          action: { kind: 'change', change: { kind: 'snooze', reminder } },
        },
      ];
  }
}

export const BACKUP_TITLE = Object.fromEntries(BACKUPS.map((backup) => [backup.id, backup.title])) as Record<
  BackupKind,
  MessageKey
>;
export const ACCOUNT_NAME = Object.fromEntries(
  ACCOUNTS.map((account) => [account.id, account.name]),
) as Record<AccountId, string>;

/** The names of what a reminder is about, in the user's language, joined for one sentence. */
export function reminderSubjects(reminder: Reminder, t: Translator): string {
  const names =
    reminder.kind === 'backup'
      ? reminder.ids.map((id) => t(BACKUP_TITLE[id]))
      : reminder.ids.map((id) => ACCOUNT_NAME[id]);
  return names.join(', ');
}

const TEXT: Record<Reminder['kind'], { title: MessageKey; message: MessageKey }> = {
  backup: { title: 'reminders.notify.backup.title', message: 'reminders.notify.backup.message' },
  'two-factor': { title: 'reminders.notify.twoFactor.title', message: 'reminders.notify.twoFactor.message' },
  'two-factor-review': {
    title: 'reminders.notify.review.title',
    message: 'reminders.notify.review.message',
  },
};

export function reminderText(reminder: Reminder, t: Translator): { title: string; message: string } {
  const text = TEXT[reminder.kind];
  return { title: t(text.title), message: t(text.message, { subjects: reminderSubjects(reminder, t) }) };
}
