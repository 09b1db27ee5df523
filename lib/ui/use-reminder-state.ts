import type { ReminderState } from '../reminders/schedule';
import {
  accounts,
  backupLog,
  type Checklist,
  checklist,
  reminderLog,
  reminderSettings,
} from '../storage/items';
import { useStoredItem } from './use-stored-item';

/** Everything reminders are decided from, kept fresh; `undefined` until all of it is read. */
export function useReminderState(): { state: ReminderState; checklist: Checklist } | undefined {
  const settings = useStoredItem(reminderSettings);
  const log = useStoredItem(reminderLog);
  const backups = useStoredItem(backupLog);
  const accountList = useStoredItem(accounts);
  const list = useStoredItem(checklist);
  if (!settings || !log || !backups || !accountList || !list) return undefined;
  return { state: { settings, log, backups, accounts: accountList }, checklist: list };
}
