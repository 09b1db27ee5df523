import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usedAccounts } from '../../../lib/reminders/accounts';
import { ACCOUNT_IDS, BACKUP_KINDS, CADENCES, TWO_FACTOR_STATUSES } from '../../../lib/reminders/checklist';
import {
  DAY,
  isQuiet,
  MIN_GAP_MS,
  MINUTE,
  nextAlarmAt,
  PAUSE_MS,
  type ReminderState,
  recordShown,
  reminderToShow,
  type Zone,
} from '../../../lib/reminders/schedule';
import type { ReminderMark } from '../../../lib/storage/items';
import { at, run } from './support';

/*
 * The schedule's promises, over random users, clocks and zones: whatever was stored and whenever the
 * browser wakes, nothing shows in quiet hours or during a pause, two reminders are never on one local
 * day, and the next alarm is never in the past.
 */

const START = at('2026-03-02T00:00');
const relative = (min: number, max: number) =>
  fc.integer({ min, max }).map((minutes) => START + minutes * MINUTE);
const DAYS = 24 * 60;

/** UTC offsets from -12:00 to +14:00 in quarter hours, changing once (a trip, or daylight saving). */
const zoneArb = fc
  .record({
    before: fc.integer({ min: -48, max: 56 }),
    after: fc.integer({ min: -48, max: 56 }),
    change: relative(0, 60 * DAYS),
  })
  .map(
    ({ before, after, change }): Zone =>
      (instant) =>
        (instant < change ? before : after) * 15,
  );

const markArb = fc.record({ at: relative(-30 * DAYS, 2 * DAYS), snoozed: fc.boolean() });
const marksArb = <Id extends string>(ids: readonly Id[]) =>
  fc.dictionary(fc.constantFrom(...ids), markArb) as fc.Arbitrary<Partial<Record<Id, ReminderMark>>>;

// Some recorded times lie ahead of the start: the clock went back before the first wake.
const stateArb: fc.Arbitrary<ReminderState> = fc.record({
  settings: fc.record(
    {
      backups: fc.dictionary(
        fc.constantFrom(...BACKUP_KINDS),
        fc.record({ ticked: fc.boolean(), cadence: fc.constantFrom(...CADENCES) }),
      ),
      quietHours: fc.record({
        start: fc.integer({ min: 0, max: 1439 }),
        end: fc.integer({ min: 0, max: 1439 }),
      }),
      pausedUntil: relative(-2 * DAYS, 400 * DAYS),
    },
    { requiredKeys: ['backups', 'quietHours'] },
  ),
  log: fc.record(
    {
      lastShownAt: relative(-3 * DAYS, 3 * DAYS),
      marks: fc.record({
        'two-factor': marksArb(ACCOUNT_IDS),
        'two-factor-review': marksArb(ACCOUNT_IDS),
        backup: marksArb(BACKUP_KINDS),
      }),
    },
    { requiredKeys: ['marks'] },
  ),
  backups: fc.dictionary(fc.constantFrom(...BACKUP_KINDS), fc.record({ at: relative(-90 * DAYS, 2 * DAYS) })),
  accounts: fc.record({
    used: fc.uniqueArray(fc.constantFrom(...ACCOUNT_IDS)),
    security: fc.dictionary(
      fc.constantFrom(...ACCOUNT_IDS),
      fc.record(
        {
          twoFactor: fc.record({
            status: fc.constantFrom(...TWO_FACTOR_STATUSES),
            source: fc.constantFrom('detected' as const, 'user' as const),
            at: relative(-400 * DAYS, 2 * DAYS),
          }),
          recoveryCodesSaved: fc.boolean(),
          reviewedAt: relative(-400 * DAYS, 2 * DAYS),
        },
        { requiredKeys: ['recoveryCodesSaved'] },
      ),
    ),
  }),
}) as fc.Arbitrary<ReminderState>;

const localDay = (instant: number, zone: Zone) => Math.floor((instant + zone(instant) * MINUTE) / DAY);

describe('over any state, clock and zone', () => {
  it('shows nothing in quiet hours or a pause, one reminder a local day at most, never an alarm in the past', () => {
    fc.assert(
      fc.property(
        stateArb,
        zoneArb,
        fc.array(relative(0, 60 * DAYS), { maxLength: 20 }),
        (state, zone, restarts) => {
          const { shown } = run(state, START, START + 60 * DAYS, zone, restarts);
          const { settings, log } = state;
          const pauseEnds =
            settings.pausedUntil === undefined ? START : Math.min(settings.pausedUntil, START + PAUSE_MS);
          const lastBefore = log.lastShownAt === undefined ? undefined : Math.min(log.lastShownAt, START);
          const ticked = BACKUP_KINDS.filter((kind) => settings.backups[kind]?.ticked);
          const used = usedAccounts(state.accounts);
          let previous = lastBefore;
          for (const { at: shownAt, reminder } of shown) {
            expect(isQuiet(shownAt, settings.quietHours, zone)).toBe(false);
            expect(shownAt).toBeGreaterThanOrEqual(pauseEnds);
            if (previous !== undefined) {
              expect(shownAt - previous).toBeGreaterThanOrEqual(MIN_GAP_MS);
              expect(localDay(shownAt, zone)).toBeGreaterThan(localDay(previous, zone));
            }
            const allowed: readonly string[] = reminder.kind === 'backup' ? ticked : used;
            for (const id of reminder.ids) expect(allowed).toContain(id);
            previous = shownAt;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('shows nothing more, however far back the clock goes after a reminder', () => {
    fc.assert(
      fc.property(
        stateArb,
        zoneArb,
        relative(0, 30 * DAYS),
        fc.integer({ min: 0, max: 800 * DAYS }),
        (state, zone, now, backMinutes) => {
          const reminder = reminderToShow(state, { now, zone });
          fc.pre(reminder !== undefined);
          if (!reminder) return;
          const shown = { ...state, log: recordShown(state.log, reminder, now) };
          const earlier = now - backMinutes * MINUTE;
          expect(reminderToShow(shown, { now: earlier, zone })).toBeUndefined();
          expect(nextAlarmAt(shown, { now: earlier, zone })).toBeGreaterThan(earlier);
        },
      ),
      { numRuns: 300 },
    );
  });
});
