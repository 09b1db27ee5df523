import type { Checklist } from '../storage/items';
import { twoFactorStatus, usedAccounts } from './accounts';
import { type AccountId, BACKUPS, type BackupKind, PRACTICES, type PracticeId } from './checklist';
import { backupDue, type ReminderState, reviewDue } from './schedule';

/**
 * What the user should do next, most important first: the same things `attention` counts, in the
 * order reminders come (two-factor login, backups, the six-monthly check), then the practices.
 * Before anything is ticked the first step is to tick, since no reminder can come until then.
 */
export type Step =
  | { kind: 'choose' }
  | { kind: 'two-factor'; account: AccountId; status: 'off' | 'unknown' }
  | { kind: 'backup'; backup: BackupKind }
  | { kind: 'review'; account: AccountId }
  | { kind: 'practice'; practice: PracticeId };

export function nextSteps(state: ReminderState, checklist: Checklist, now: number): Step[] {
  const { settings, backups, accounts } = state;
  const used = usedAccounts(accounts);
  const ticked = BACKUPS.filter(({ id }) => settings.backups[id]?.ticked).map(({ id }) => id);
  const steps: Step[] = [];
  if (used.length === 0 && ticked.length === 0) steps.push({ kind: 'choose' });
  for (const account of used) {
    const status = twoFactorStatus(accounts, account);
    if (status !== 'on') steps.push({ kind: 'two-factor', account, status });
  }
  for (const backup of ticked) {
    if (backupDue(settings, backups, backup, now).due <= now) steps.push({ kind: 'backup', backup });
  }
  for (const account of used) {
    const due = reviewDue(accounts, account, now);
    if (due !== undefined && due <= now) steps.push({ kind: 'review', account });
  }
  for (const { id } of PRACTICES)
    if (checklist[id] === undefined) steps.push({ kind: 'practice', practice: id });
  return steps;
}

/** For the popup: the newest backup of any ticked kind, and the soonest due one. */
export function backupOverview(
  state: ReminderState,
  now: number,
): { ticked: number; last: number | undefined; nextDue: number | undefined } {
  const { settings, backups } = state;
  const ticked = BACKUPS.filter(({ id }) => settings.backups[id]?.ticked).map(({ id }) =>
    backupDue(settings, backups, id, now),
  );
  const lasts = ticked.flatMap(({ last }) => (last === undefined ? [] : [last]));
  return {
    ticked: ticked.length,
    last: lasts.length > 0 ? Math.max(...lasts) : undefined,
    nextDue: ticked.length > 0 ? Math.min(...ticked.map(({ due }) => due)) : undefined,
  };
}
