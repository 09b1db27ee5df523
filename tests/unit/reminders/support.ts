import { expect } from 'vitest';
import {
  nextAlarmAt,
  type Reminder,
  type ReminderState,
  recordShown,
  reminderToShow,
  settleClock,
  type Zone,
} from '../../../lib/reminders/schedule';
import { accounts, backupLog, reminderLog, reminderSettings } from '../../../lib/storage/items';

/** Cambodia: UTC+7 all year. */
export const CAMBODIA: Zone = () => 7 * 60;

/** An instant given as Cambodian wall-clock time, e.g. `at('2026-03-02T10:00')`. */
export const at = (local: string) => Date.parse(`${local}+07:00`);

/** A new user's state: the stored items' fallbacks, with what the test is about laid over them. */
export function fresh(overrides: Partial<ReminderState> = {}): ReminderState {
  return {
    settings: reminderSettings.spec.fallback,
    log: reminderLog.spec.fallback,
    backups: backupLog.spec.fallback,
    accounts: accounts.spec.fallback,
    ...overrides,
  };
}

export interface Shown {
  at: number;
  reminder: Reminder;
}

/**
 * Runs the background's loop: at each wake it stores the settled clock, shows what `reminderToShow`
 * says and records it, then sleeps until `nextAlarmAt`. Extra wakes (browser restarts) can be mixed in. Holds the promise
 * the background relies on: after a wake, the next alarm is strictly later, so it can neither fire
 * in the past nor spin.
 */
export function run(
  start: ReminderState,
  from: number,
  until: number,
  zone: Zone = CAMBODIA,
  extraWakes: readonly number[] = [],
): { shown: Shown[]; state: ReminderState } {
  let state = start;
  let now = from;
  const shown: Shown[] = [];
  const restarts = [...extraWakes].sort((a, b) => a - b);
  for (let wakes = 0; wakes < 10_000; wakes++) {
    state = settleClock(state, now);
    const reminder = reminderToShow(state, { now, zone });
    if (reminder) {
      shown.push({ at: now, reminder });
      state = { ...state, log: recordShown(state.log, reminder, now) };
    }
    const alarm = nextAlarmAt(state, { now, zone });
    // Shown or not, nothing more may show at this moment: the alarm is always strictly later.
    if (alarm !== undefined) expect(alarm).toBeGreaterThan(now);
    const restart = restarts.find((time) => time > now);
    const next = Math.min(alarm ?? Number.POSITIVE_INFINITY, restart ?? Number.POSITIVE_INFINITY);
    if (next > until) return { shown, state };
    now = next;
  }
  throw new Error('the loop never settled');
}
