import { describe, expect, it } from 'vitest';
import { answerReview, applyTwoFactorFinding, sayTwoFactor } from '../../../lib/reminders/accounts';
import type { BackupKind, Cadence } from '../../../lib/reminders/checklist';
import {
  attention,
  backupDue,
  DAY,
  HOUR,
  isQuiet,
  MINUTE,
  nextAlarmAt,
  PAUSE_MS,
  pauseAll,
  pauseEnd,
  type ReminderState,
  recordBackup,
  recordShown,
  reminderToShow,
  resume,
  settleClock,
  snooze,
  systemZone,
  WEEK,
  type Zone,
} from '../../../lib/reminders/schedule';
import type { Accounts, ReminderSettings } from '../../../lib/storage/items';
import { at, CAMBODIA, fresh, run } from './support';

const clock = (now: number, zone: Zone = CAMBODIA) => ({ now, zone });
const DEFAULT_QUIET = fresh().settings.quietHours;

function withBackups(
  ticked: Partial<Record<BackupKind, Cadence>>,
  settings: Partial<ReminderSettings> = {},
): ReminderSettings {
  const backups = Object.fromEntries(
    Object.entries(ticked).map(([kind, cadence]) => [kind, { ticked: true, cadence }]),
  );
  return { ...fresh().settings, backups, ...settings };
}

const twoFactorOff = (used: Accounts['used'], since = at('2026-01-01T10:00')): Accounts =>
  used.reduce<Accounts>((accounts, id) => sayTwoFactor(accounts, id, 'off', since), { used, security: {} });

/** Shows what is due at `now` and records it, as the background does. */
function showAt(state: ReminderState, now: number, zone: Zone = CAMBODIA): ReminderState {
  const reminder = reminderToShow(state, clock(now, zone));
  if (!reminder) throw new Error(`nothing to show at ${new Date(now).toISOString()}`);
  return { ...state, log: recordShown(state.log, reminder, now) };
}

describe('quiet hours', () => {
  it.each([
    ['2026-03-02T20:59', false],
    ['2026-03-02T21:00', true],
    ['2026-03-02T23:59', true],
    ['2026-03-03T00:00', true],
    ['2026-03-03T06:59', true],
    ['2026-03-03T07:00', false],
    ['2026-03-03T12:00', false],
  ])('by default, 21:00-07:00 across midnight: %s is quiet: %s', (local, quiet) => {
    expect(isQuiet(at(local), DEFAULT_QUIET, CAMBODIA)).toBe(quiet);
  });

  it.each([
    ['2026-03-02T11:59', false],
    ['2026-03-02T12:00', true],
    ['2026-03-02T13:59', true],
    ['2026-03-02T14:00', false],
    ['2026-03-02T23:30', false],
    ['2026-03-03T03:00', false],
  ])('a window the user set inside one day, 12:00-14:00: %s is quiet: %s', (local, quiet) => {
    expect(isQuiet(at(local), { start: 12 * 60, end: 14 * 60 }, CAMBODIA)).toBe(quiet);
  });

  it('are off when the window starts where it ends', () => {
    for (let hour = 0; hour < 24; hour++) {
      expect(isQuiet(at('2026-03-02T00:00') + hour * HOUR, { start: 600, end: 600 }, CAMBODIA)).toBe(false);
    }
  });

  it('are read in local time, not UTC', () => {
    // 22:00 in Phnom Penh is 15:00 UTC.
    expect(isQuiet(at('2026-03-02T22:00'), DEFAULT_QUIET, CAMBODIA)).toBe(true);
    expect(isQuiet(at('2026-03-02T22:00'), DEFAULT_QUIET, () => 0)).toBe(false);
  });

  it('hold back a reminder due inside them until they end, the next morning', () => {
    const state = fresh({
      settings: withBackups({ phone: 'weekly' }),
      backups: { phone: { at: at('2026-03-02T23:30') } },
    });
    expect(reminderToShow(state, clock(at('2026-03-09T23:30')))).toBeUndefined();
    expect(reminderToShow(state, clock(at('2026-03-10T03:00')))).toBeUndefined();
    expect(nextAlarmAt(state, clock(at('2026-03-09T23:30')))).toBe(at('2026-03-10T07:00'));
    expect(reminderToShow(state, clock(at('2026-03-10T07:00')))).toEqual({ kind: 'backup', ids: ['phone'] });
  });

  it('move a reminder due after midnight to the end of the same night', () => {
    const state = fresh({
      settings: withBackups({ phone: 'weekly' }),
      backups: { phone: { at: at('2026-03-03T02:00') } },
    });
    expect(nextAlarmAt(state, clock(at('2026-03-05T12:00')))).toBe(at('2026-03-10T07:00'));
  });

  it('follow a window the user set that does not cross midnight', () => {
    const settings = withBackups({ phone: 'weekly' }, { quietHours: { start: 12 * 60, end: 14 * 60 } });
    const atLunch = fresh({ settings, backups: { phone: { at: at('2026-03-02T13:00') } } });
    expect(nextAlarmAt(atLunch, clock(at('2026-03-03T09:00')))).toBe(at('2026-03-09T14:00'));
    const lateEvening = fresh({ settings, backups: { phone: { at: at('2026-03-02T22:00') } } });
    expect(nextAlarmAt(lateEvening, clock(at('2026-03-03T09:00')))).toBe(at('2026-03-09T22:00'));
    expect(reminderToShow(lateEvening, clock(at('2026-03-09T22:00')))?.kind).toBe('backup');
  });
});

describe('the daily cap', () => {
  const busy = fresh({
    settings: withBackups({ phone: 'weekly' }),
    accounts: twoFactorOff(['facebook']),
  });

  it('shows one notification a day, whatever else is due', () => {
    const after = showAt(busy, at('2026-03-02T09:00'));
    expect(after.log.lastShownAt).toBe(at('2026-03-02T09:00'));
    for (const local of ['2026-03-02T09:00', '2026-03-02T09:01', '2026-03-02T18:00', '2026-03-02T20:59']) {
      expect(reminderToShow(after, clock(at(local)))).toBeUndefined();
    }
    expect(nextAlarmAt(after, clock(at('2026-03-02T09:00')))).toBe(at('2026-03-03T07:00'));
    expect(reminderToShow(after, clock(at('2026-03-03T07:00')))).toEqual({ kind: 'backup', ids: ['phone'] });
  });

  it('counts local days, not UTC days', () => {
    const noQuiet = { ...busy, settings: { ...busy.settings, quietHours: { start: 0, end: 0 } } };
    const after = showAt(noQuiet, at('2026-03-02T08:00'));
    // Local midnight in Phnom Penh is 17:00 UTC; a UTC day would wait until 07:00 local.
    expect(nextAlarmAt(after, clock(at('2026-03-02T08:00')))).toBe(at('2026-03-03T00:00'));
  });

  it('keeps a night open by the user from showing one before and one after midnight', () => {
    const lunchQuiet = {
      ...busy,
      settings: { ...busy.settings, quietHours: { start: 12 * 60, end: 14 * 60 } },
    };
    const after = showAt(lunchQuiet, at('2026-03-02T23:30'));
    expect(reminderToShow(after, clock(at('2026-03-03T00:00')))).toBeUndefined();
    expect(nextAlarmAt(after, clock(at('2026-03-02T23:30')))).toBe(at('2026-03-03T07:30'));
  });
});

describe('which reminder comes first', () => {
  it('puts two-factor login before backups, and backups before the six-monthly check', () => {
    const onSince = at('2025-06-01T10:00');
    const state = fresh({
      settings: withBackups({ phone: 'weekly' }),
      accounts: sayTwoFactor(
        sayTwoFactor({ used: ['google', 'telegram'], security: {} }, 'google', 'on', onSince),
        'telegram',
        'off',
        onSince,
      ),
    });
    const days = run(state, at('2026-03-02T10:00'), at('2026-03-04T23:00')).shown.map(
      ({ reminder }) => reminder,
    );
    expect(days).toEqual([
      { kind: 'two-factor', ids: ['telegram'] },
      { kind: 'backup', ids: ['phone'] },
      { kind: 'two-factor-review', ids: ['google'] },
    ]);
  });

  it('names every ready thing of one kind in one notification, in checklist order', () => {
    const state = fresh({
      settings: withBackups({ 'telegram-chats': 'weekly', phone: 'daily' }),
      accounts: twoFactorOff(['telegram', 'google']),
    });
    const first = reminderToShow(state, clock(at('2026-03-02T10:00')));
    expect(first).toEqual({ kind: 'two-factor', ids: ['google', 'telegram'] });
    const next = showAt(state, at('2026-03-02T10:00'));
    expect(reminderToShow(next, clock(at('2026-03-03T10:00')))).toEqual({
      kind: 'backup',
      ids: ['phone', 'telegram-chats'],
    });
  });
});

describe('two-factor reminders', () => {
  it('stay silent for a new user who has ticked nothing', () => {
    expect(reminderToShow(fresh(), clock(at('2026-03-02T10:00')))).toBeUndefined();
    expect(nextAlarmAt(fresh(), clock(at('2026-03-02T10:00')))).toBeUndefined();
  });

  it.each<[string, Accounts]>([
    ['unknown', { used: ['google'], security: {} }],
    ['off', twoFactorOff(['google'])],
  ])('remind about a ticked account whose two-factor login is %s', (_status, accounts) => {
    expect(reminderToShow(fresh({ accounts }), clock(at('2026-03-02T10:00')))).toEqual({
      kind: 'two-factor',
      ids: ['google'],
    });
  });

  it('never remind about an account the user did not tick, even when detection saw it off', () => {
    const detected = applyTwoFactorFinding(
      { used: [], security: {} },
      {
        checkId: 'facebook.two-factor',
        platform: 'facebook',
        state: 'risky',
        seenAt: at('2026-03-01T10:00'),
      },
    );
    expect(nextAlarmAt(fresh({ accounts: detected }), clock(at('2026-03-02T10:00')))).toBeUndefined();
  });

  it('treat Messenger as the Facebook account it logs in with', () => {
    for (const used of [['messenger'], ['facebook', 'messenger']] as const) {
      const state = fresh({ accounts: { used: [...used], security: {} } });
      expect(reminderToShow(state, clock(at('2026-03-02T10:00')))).toEqual({
        kind: 'two-factor',
        ids: ['facebook'],
      });
    }
  });

  it('come back weekly until two-factor login is on, then stop', () => {
    const state = fresh({ accounts: twoFactorOff(['facebook']) });
    const threeWeeks = run(state, at('2026-03-02T10:00'), at('2026-03-22T23:00'));
    expect(threeWeeks.shown.map((shown) => shown.at)).toEqual([
      at('2026-03-02T10:00'),
      at('2026-03-09T10:00'),
      at('2026-03-16T10:00'),
    ]);
    const on = {
      ...threeWeeks.state,
      accounts: sayTwoFactor(threeWeeks.state.accounts, 'facebook', 'on', at('2026-03-17T10:00')),
    };
    const after = run(on, at('2026-03-17T10:00'), at('2026-08-31T23:00'));
    expect(after.shown).toEqual([]);
  });
});

describe('the six-monthly check', () => {
  const turnedOn = at('2026-03-02T10:00');
  const state = fresh({
    accounts: sayTwoFactor({ used: ['google'], security: {} }, 'google', 'on', turnedOn),
  });

  it('comes 182 days after two-factor login was turned on', () => {
    expect(nextAlarmAt(state, clock(turnedOn))).toBe(turnedOn + 182 * DAY);
    expect(reminderToShow(state, clock(turnedOn + 181 * DAY))).toBeUndefined();
    expect(reminderToShow(state, clock(turnedOn + 182 * DAY))).toEqual({
      kind: 'two-factor-review',
      ids: ['google'],
    });
  });

  it('asks again a week later while it is unanswered', () => {
    const shown = showAt(state, turnedOn + 182 * DAY);
    expect(nextAlarmAt(shown, clock(turnedOn + 182 * DAY))).toBe(turnedOn + 189 * DAY);
  });

  it('starts the next six months when answered', () => {
    const answeredAt = turnedOn + 183 * DAY;
    const shown = showAt(state, turnedOn + 182 * DAY);
    const answered = {
      ...shown,
      accounts: answerReview(shown.accounts, 'google', { stillOn: true, codesSafe: true }, answeredAt),
    };
    expect(nextAlarmAt(answered, clock(answeredAt))).toBe(answeredAt + 182 * DAY);
  });

  it('is not put off by the settings page showing it on again', () => {
    const state = fresh({
      accounts: sayTwoFactor({ used: ['facebook'], security: {} }, 'facebook', 'on', turnedOn),
    });
    const seenAgain = applyTwoFactorFinding(state.accounts, {
      checkId: 'facebook.two-factor',
      platform: 'facebook',
      state: 'safe',
      seenAt: turnedOn + 100 * DAY,
    });
    expect(nextAlarmAt({ ...state, accounts: seenAgain }, clock(turnedOn + 100 * DAY))).toBe(
      turnedOn + 182 * DAY,
    );
  });
});

describe('backup reminders', () => {
  it('are due at once for a kind never backed up', () => {
    const settings = withBackups({ phone: 'weekly' });
    expect(backupDue(settings, {}, 'phone', at('2026-03-02T10:00'))).toEqual({
      last: undefined,
      due: at('2026-03-02T10:00'),
    });
    expect(reminderToShow(fresh({ settings }), clock(at('2026-03-02T10:00')))).toEqual({
      kind: 'backup',
      ids: ['phone'],
    });
  });

  it('stay silent for kinds that are not ticked, even ones backed up long ago', () => {
    const settings = {
      ...fresh().settings,
      backups: { phone: { ticked: false, cadence: 'daily' as const } },
    };
    const state = fresh({ settings, backups: { phone: { at: at('2025-01-01T10:00') } } });
    expect(nextAlarmAt(state, clock(at('2026-03-02T10:00')))).toBeUndefined();
  });

  it('default to weekly for a kind without a chosen cadence', () => {
    const backups = { 'google-data': { at: at('2026-03-02T10:00') } };
    expect(backupDue(fresh().settings, backups, 'google-data', at('2026-03-02T10:00')).due).toBe(
      at('2026-03-09T10:00'),
    );
  });

  it.each([
    ['daily', at('2026-03-03T10:00')],
    ['weekly', at('2026-03-09T10:00')],
    ['monthly', at('2026-04-01T10:00')],
  ] as const)('after "I backed up now", are next due one cadence later (%s)', (cadence, next) => {
    const shownAt = at('2026-03-02T10:00');
    const shown = showAt(fresh({ settings: withBackups({ phone: cadence }) }), shownAt);
    const backedUp = { ...shown, backups: recordBackup(shown.backups, ['phone'], shownAt + MINUTE) };
    expect(backedUp.backups).toEqual({ phone: { at: shownAt + MINUTE } });
    expect(backupDue(backedUp.settings, backedUp.backups, 'phone', shownAt + MINUTE)).toEqual({
      last: shownAt + MINUTE,
      due: next + MINUTE,
    });
    expect(nextAlarmAt(backedUp, clock(shownAt + MINUTE))).toBe(next + MINUTE);
  });

  it.each([
    ['daily', at('2026-03-03T10:00')],
    ['weekly', at('2026-03-09T10:00')],
    ['monthly', at('2026-03-09T10:00')],
  ] as const)('come back after their cadence, within a week, when left unanswered (%s)', (cadence, again) => {
    const shown = showAt(fresh({ settings: withBackups({ phone: cadence }) }), at('2026-03-02T10:00'));
    expect(nextAlarmAt(shown, clock(at('2026-03-02T10:00')))).toBe(again);
  });
});

describe('"Remind me tomorrow"', () => {
  const state = fresh({ settings: withBackups({ phone: 'weekly' }) });
  const shownAt = at('2026-03-02T10:00');
  const reminder = { kind: 'backup', ids: ['phone'] } as const;

  it('brings the reminder back 24 hours later', () => {
    const shown = showAt(state, shownAt);
    const snoozed = { ...shown, log: snooze(shown.log, reminder, shownAt + 5 * MINUTE) };
    expect(nextAlarmAt(snoozed, clock(shownAt + 5 * MINUTE))).toBe(shownAt + DAY + 5 * MINUTE);
    expect(reminderToShow(snoozed, clock(shownAt + DAY))).toBeUndefined();
    expect(reminderToShow(snoozed, clock(shownAt + DAY + 5 * MINUTE))).toEqual(reminder);
  });

  it('moves to the end of the quiet hours when 24 hours later falls inside them', () => {
    const shown = showAt(state, at('2026-03-02T20:30'));
    const snoozed = { ...shown, log: snooze(shown.log, reminder, at('2026-03-02T21:30')) };
    expect(nextAlarmAt(snoozed, clock(at('2026-03-02T21:30')))).toBe(at('2026-03-04T07:00'));
  });

  it('does not count as a second notification', () => {
    const shown = showAt(state, shownAt);
    expect(snooze(shown.log, reminder, shownAt).lastShownAt).toBe(shownAt);
  });
});

describe('"Pause all reminders"', () => {
  const state = fresh({ settings: withBackups({ phone: 'daily' }), accounts: twoFactorOff(['google']) });
  const pausedAt = at('2026-03-02T10:00');

  it('holds everything back for a week, then shows one reminder', () => {
    const paused = { ...state, settings: pauseAll(state.settings, pausedAt) };
    expect(pauseEnd(paused.settings, pausedAt)).toBe(pausedAt + PAUSE_MS);
    expect(nextAlarmAt(paused, clock(pausedAt))).toBe(pausedAt + WEEK);
    const week = run(paused, pausedAt, pausedAt + WEEK + HOUR);
    expect(week.shown).toEqual([{ at: pausedAt + WEEK, reminder: { kind: 'two-factor', ids: ['google'] } }]);
  });

  it('ends at the end of the quiet hours when the week runs out at night', () => {
    const paused = { ...state, settings: pauseAll(state.settings, at('2026-03-02T22:00')) };
    expect(nextAlarmAt(paused, clock(at('2026-03-02T22:00')))).toBe(at('2026-03-10T07:00'));
  });

  it('can be ended early', () => {
    const paused = { ...state, settings: pauseAll(state.settings, pausedAt) };
    const resumed = { ...paused, settings: resume(paused.settings) };
    expect(resumed.settings).toEqual(state.settings);
    expect(reminderToShow(resumed, clock(pausedAt + HOUR))?.kind).toBe('two-factor');
  });

  it('lasts a week at most, even when the stored end is far ahead (the clock went back)', () => {
    const settings = { ...state.settings, pausedUntil: at('2027-03-02T10:00') };
    expect(pauseEnd(settings, pausedAt)).toBe(pausedAt + WEEK);
    expect(nextAlarmAt({ ...state, settings }, clock(pausedAt))).toBe(pausedAt + WEEK);
  });

  it('is over once its end has passed', () => {
    expect(pauseEnd({ ...state.settings, pausedUntil: pausedAt - 1 }, pausedAt)).toBeUndefined();
  });
});

describe('clock changes', () => {
  const state = fresh({ settings: withBackups({ phone: 'weekly' }), accounts: twoFactorOff(['google']) });

  it.each([
    ['3 hours', 3 * HOUR],
    ['a year', 365 * DAY],
  ])(
    'after the clock went back %s, nothing shows the same day and the next alarm is tomorrow',
    (_name, back) => {
      const shownAt = at('2026-03-02T10:00');
      const shown = showAt(state, shownAt);
      const now = shownAt - back;
      expect(reminderToShow(shown, clock(now))).toBeUndefined();
      const alarm = nextAlarmAt(shown, clock(now));
      expect(alarm).toBeGreaterThan(now);
      expect(alarm).toBeLessThanOrEqual(now + DAY);
    },
  );

  it('never burst, however far back the clock goes after a reminder', () => {
    const shownAt = at('2026-03-02T10:00');
    const shown = showAt(state, shownAt);
    for (let back = 0; back <= 800 * DAY; back += 7 * HOUR + 13 * MINUTE) {
      expect(reminderToShow(shown, clock(shownAt - back))).toBeUndefined();
    }
  });

  it('read a backup or a reminder recorded in the future as made now', () => {
    const now = at('2026-03-02T10:00');
    const future = at('2027-01-01T10:00');
    const backedUp = fresh({ settings: withBackups({ phone: 'daily' }), backups: { phone: { at: future } } });
    expect(nextAlarmAt(backedUp, clock(now))).toBe(now + DAY);
    const marked = {
      ...state,
      log: {
        ...state.log,
        marks: { ...state.log.marks, 'two-factor': { google: { at: future, snoozed: false } } },
      },
    };
    expect(reminderToShow(marked, clock(now))).toEqual({ kind: 'backup', ids: ['phone'] });
    // The two-factor reminder "shown" next year counts as shown now: it comes back a week from now.
    expect(nextAlarmAt(showAt(marked, now), clock(now))).toBe(now + WEEK);
  });

  it('run on from now once the settled times are stored, instead of waiting for the clock to catch up', () => {
    const future = at('2027-01-01T10:00');
    const ahead = fresh({
      settings: { ...withBackups({ phone: 'weekly' }), pausedUntil: future },
      log: {
        lastShownAt: future,
        marks: {
          'two-factor': { google: { at: future, snoozed: false } },
          'two-factor-review': {},
          backup: {},
        },
      },
      backups: { phone: { at: future } },
      accounts: {
        used: ['google', 'x'],
        security: {
          x: {
            recoveryCodesSaved: false,
            reviewedAt: future,
            twoFactor: { status: 'off', source: 'detected', at: future },
          },
        },
      },
    });
    const now = at('2026-03-02T10:00');
    expect(settleClock(ahead, now)).toEqual({
      settings: { ...ahead.settings, pausedUntil: now + PAUSE_MS },
      log: {
        lastShownAt: now,
        marks: { 'two-factor': { google: { at: now, snoozed: false } }, 'two-factor-review': {}, backup: {} },
      },
      backups: { phone: { at: now } },
      accounts: {
        used: ['google', 'x'],
        security: {
          x: {
            recoveryCodesSaved: false,
            reviewedAt: now,
            twoFactor: { status: 'off', source: 'detected', at: now },
          },
        },
      },
    });
    // Stored at each wake, the pause ends a week on and the weekly reminders run weekly from now.
    const shown = run(ahead, now, now + 15 * DAY).shown;
    expect(shown.map((item) => item.at)).toEqual([
      now + WEEK,
      at('2026-03-10T07:00'),
      now + 2 * WEEK,
      at('2026-03-17T07:00'),
    ]);
  });

  it('leave a state with nothing ahead of the clock as it is', () => {
    const now = at('2026-03-02T10:00');
    const shown = showAt({ ...state, backups: { phone: { at: now - DAY } } }, now);
    const settled = settleClock(shown, now);
    expect(settled.settings).toBe(shown.settings);
    expect(settled.log).toBe(shown.log);
    expect(settled.backups).toBe(shown.backups);
    expect(settled.accounts).toBe(shown.accounts);
  });

  /** UTC+7 until `change`, then `after` (daylight-saving-like, or the user travelled). */
  const switching =
    (change: number, after: number): Zone =>
    (instant) =>
      instant < change ? 7 * 60 : after;

  it('end quiet hours at 07:00 in the offset in force then, when it moves forward overnight', () => {
    const zone = switching(at('2026-03-10T02:00'), 8 * 60);
    const due = fresh({
      settings: withBackups({ phone: 'weekly' }),
      backups: { phone: { at: at('2026-03-02T23:00') } },
    });
    const alarm = nextAlarmAt(due, clock(at('2026-03-09T23:00'), zone));
    expect(alarm).toBe(Date.parse('2026-03-10T07:00+08:00'));
  });

  it('end quiet hours at 07:00 in the offset in force then, when it moves back overnight', () => {
    const zone = switching(at('2026-03-10T02:00'), 6 * 60);
    const due = fresh({
      settings: withBackups({ phone: 'weekly' }),
      backups: { phone: { at: at('2026-03-02T23:00') } },
    });
    const alarm = nextAlarmAt(due, clock(at('2026-03-09T23:00'), zone));
    expect(alarm).toBe(Date.parse('2026-03-10T07:00+06:00'));
  });

  it('keep one reminder a local day when the offset moves back by hours', () => {
    // Shown at 20:00 in UTC+7, then the zone moves 10 hours west: it is 10:00 of the same local day again.
    const zone = switching(at('2026-03-02T20:30'), -3 * 60);
    const shown = showAt(state, at('2026-03-02T20:00'), zone);
    const result = run(shown, at('2026-03-02T20:30'), at('2026-03-04T23:00'), zone);
    const days = result.shown.map(({ at: shownAt }) => Math.floor((shownAt + zone(shownAt) * MINUTE) / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(result.shown[0]?.at).toBe(Date.parse('2026-03-03T07:00-03:00'));
  });
});

describe('a computer that was off for weeks', () => {
  it('gets one catch-up reminder when it wakes, not one for every missed week', () => {
    const lastSeen = at('2026-03-02T10:00');
    const before = showAt(
      fresh({
        settings: withBackups({ phone: 'weekly', 'work-documents': 'daily' }),
        backups: { phone: { at: lastSeen }, 'work-documents': { at: lastSeen } },
        accounts: twoFactorOff(['facebook', 'google']),
      }),
      lastSeen,
    );
    const wake = at('2026-04-13T09:12');
    const firstDay = run(before, wake, at('2026-04-13T23:59'), CAMBODIA, [
      at('2026-04-13T09:13'),
      at('2026-04-13T12:00'),
      at('2026-04-13T18:00'),
    ]);
    expect(firstDay.shown).toEqual([
      { at: wake, reminder: { kind: 'two-factor', ids: ['facebook', 'google'] } },
    ]);
    const nextDays = run(firstDay.state, at('2026-04-13T23:59'), at('2026-04-16T23:59'));
    expect(nextDays.shown).toEqual([
      { at: at('2026-04-14T07:00'), reminder: { kind: 'backup', ids: ['phone', 'work-documents'] } },
      { at: at('2026-04-15T07:00'), reminder: { kind: 'backup', ids: ['work-documents'] } },
      { at: at('2026-04-16T07:00'), reminder: { kind: 'backup', ids: ['work-documents'] } },
    ]);
  });
});

describe('the toolbar badge', () => {
  const now = at('2026-03-02T10:00');

  it('counts the five practices for a new user', () => {
    expect(attention(fresh(), {}, now)).toEqual({
      twoFactor: 0,
      backups: 0,
      reviews: 0,
      practices: 5,
      total: 5,
    });
  });

  it('counts every thing that needs attention, whatever the notifications are doing', () => {
    const onLongAgo = sayTwoFactor({ used: [], security: {} }, 'google', 'on', now - 200 * DAY);
    const state = fresh({
      settings: pauseAll(
        withBackups({ phone: 'weekly', 'google-data': 'monthly', 'telegram-chats': 'daily' }),
        now,
      ),
      backups: { phone: { at: now - 8 * DAY }, 'google-data': { at: now - 3 * DAY } },
      accounts: { used: ['facebook', 'messenger', 'x', 'google'], security: onLongAgo.security },
    });
    expect(
      attention(
        state,
        { passwords: { status: 'done', at: now }, 'incident-contact': { status: 'not-applicable', at: now } },
        now,
      ),
    ).toEqual({ twoFactor: 2, backups: 2, reviews: 1, practices: 3, total: 8 });
  });
});

describe('the browser zone', () => {
  it('gives the offset that Date uses for local time', () => {
    for (const instant of [at('2026-01-15T12:00'), at('2026-07-15T12:00')]) {
      const local = new Date(instant + systemZone(instant) * MINUTE);
      expect(local.getUTCHours()).toBe(new Date(instant).getHours());
      expect(local.getUTCDate()).toBe(new Date(instant).getDate());
    }
  });
});
