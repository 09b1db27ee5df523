import type {
  AccountSecurity,
  Accounts,
  BackupLog,
  Checklist,
  QuietHours,
  ReminderLog,
  ReminderMark,
  ReminderSettings,
} from '../storage/items';
import { securityOf, twoFactorStatus, usedAccounts } from './accounts';
import {
  type AccountId,
  BACKUPS,
  type BackupKind,
  type Cadence,
  DEFAULT_CADENCE,
  PRACTICES,
} from './checklist';

/*
 * When reminders are due and when one may be shown, as pure functions of the stored state and a
 * time passed in. A wrong or changing clock stays harmless: every wait is measured from a recorded
 * time, a recorded time ahead of `now` is read as `now` (the clock went back), and `settleClock`
 * lets the background store that reading, so a jump in either direction delays a reminder by one
 * period at most and never shows several at once.
 */

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** A month is 30 days: it needs no calendar, so a change of time zone cannot shift it. */
export const CADENCE_MS: Record<Cadence, number> = { daily: DAY, weekly: WEEK, monthly: 30 * DAY };
/** While an account's two-factor login is off or unknown. */
export const TWO_FACTOR_EVERY_MS = WEEK;
/** Once it is on: "still on? recovery codes still safe?" */
export const REVIEW_EVERY_MS = 182 * DAY;
/** A reminder shown and left unanswered comes back after its own period, but within a week. */
export const UNANSWERED_MAX_MS = WEEK;
/** "Remind me tomorrow". */
export const SNOOZE_MS = DAY;
/** "Pause all reminders". */
export const PAUSE_MS = WEEK;
/**
 * The daily cap counts local days; this gap also keeps a user's quiet hours that leave midnight
 * open from showing one reminder at 23:59 and the next at 00:00.
 */
export const MIN_GAP_MS = 8 * HOUR;

/**
 * The UTC offset, in minutes east, in force at an instant (+420 in Cambodia). A function rather
 * than a number, so a time-zone or daylight-saving change on the way is seen where it happens.
 */
export type Zone = (at: number) => number;

/** The zone the browser runs in. */
export const systemZone: Zone = (at) => -new Date(at).getTimezoneOffset();

export interface ReminderState {
  settings: ReminderSettings;
  log: ReminderLog;
  backups: BackupLog;
  accounts: Accounts;
}

export interface Clock {
  now: number;
  zone: Zone;
}

/** One notification: every thing of one kind that is ready now, in checklist order. */
export type Reminder =
  | { kind: 'two-factor' | 'two-factor-review'; ids: readonly AccountId[] }
  | { kind: 'backup'; ids: readonly BackupKind[] };

const localMs = (at: number, zone: Zone) => at + zone(at) * MINUTE;
const localDay = (at: number, zone: Zone) => Math.floor(localMs(at, zone) / DAY);
const msIntoLocalDay = (at: number, zone: Zone) => ((localMs(at, zone) % DAY) + DAY) % DAY;

/** Inside the user's quiet hours, where nothing is shown. */
export function isQuiet(at: number, quiet: QuietHours, zone: Zone): boolean {
  const { start, end } = quiet;
  if (start === end) return false;
  const minute = Math.floor(msIntoLocalDay(at, zone) / MINUTE);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * Moving past one rule can land inside another (a pause that ends at night, quiet hours that end on
 * a day already capped). Real zones settle in two or three rounds; the bound stops a zone function
 * that never would, and each round only moves forward.
 */
const ROUNDS = 8;

/** The end of the quiet hours `at` is in (or `at` itself), wherever an offset change falls on the way. */
function leaveQuiet(at: number, quiet: QuietHours, zone: Zone): number {
  let t = at;
  for (let round = 0; round < ROUNDS && isQuiet(t, quiet, zone); round++) {
    const ahead = t + ((((quiet.end * MINUTE - msIntoLocalDay(t, zone)) % DAY) + DAY) % DAY);
    // The offset changed on the way: the end is that much earlier or later in UTC.
    const corrected = ahead + (zone(t) - zone(ahead)) * MINUTE;
    t = corrected > t && !isQuiet(corrected, quiet, zone) ? corrected : ahead;
  }
  return t;
}

interface Rules {
  quiet: QuietHours;
  pausedUntil: number | undefined;
  lastShownAt: number | undefined;
  zone: Zone;
}

/** The end of a pause, if one is running; a pause can last a week at most, whatever the clock did. */
export function pauseEnd(settings: ReminderSettings, now: number): number | undefined {
  if (settings.pausedUntil === undefined) return undefined;
  const end = Math.min(settings.pausedUntil, now + PAUSE_MS);
  return end > now ? end : undefined;
}

function rules(state: ReminderState, { now, zone }: Clock): Rules {
  const { lastShownAt } = state.log;
  return {
    quiet: state.settings.quietHours,
    pausedUntil: pauseEnd(state.settings, now),
    lastShownAt: lastShownAt === undefined ? undefined : Math.min(lastShownAt, now),
    zone,
  };
}

/** The first moment from `from` on when the cap has room again: a later local day, far enough on. */
function afterCap(from: number, { lastShownAt, zone }: Rules): number {
  if (lastShownAt === undefined) return from;
  let t = Math.max(from, lastShownAt + MIN_GAP_MS);
  const shownDay = localDay(lastShownAt, zone);
  if (localDay(t, zone) <= shownDay) t += (shownDay + 1) * DAY - localMs(t, zone);
  return t;
}

/** The earliest time from `from` on when the rules let a reminder show: not paused, capped or quiet. */
function openAt(from: number, rule: Rules): number {
  let t = from;
  for (let round = 0; round < ROUNDS; round++) {
    const paused = rule.pausedUntil !== undefined && t < rule.pausedUntil ? rule.pausedUntil : t;
    const next = leaveQuiet(afterCap(paused, rule), rule.quiet, rule.zone);
    if (next === t) return t;
    t = next;
  }
  return t;
}

/** When a shown or snoozed reminder may come back; one never shown may come at once. */
function afterMark(mark: ReminderMark | undefined, repeat: number, now: number): number {
  if (!mark) return 0;
  return Math.min(mark.at, now) + (mark.snoozed ? SNOOZE_MS : repeat);
}

export function cadenceOf(settings: ReminderSettings, kind: BackupKind): Cadence {
  return settings.backups[kind]?.cadence ?? DEFAULT_CADENCE;
}

/** The last backup of a kind and when the next is due; never backed up means due now. */
export function backupDue(
  settings: ReminderSettings,
  backups: BackupLog,
  kind: BackupKind,
  now: number,
): { last: number | undefined; due: number } {
  const last = backups[kind]?.at;
  if (last === undefined) return { last, due: now };
  return { last, due: Math.min(last, now) + CADENCE_MS[cadenceOf(settings, kind)] };
}

/** When the six-monthly check of an account whose two-factor login is on falls due; else undefined. */
export function reviewDue(accounts: Accounts, id: AccountId, now: number): number | undefined {
  const security = securityOf(accounts, id);
  if (security.twoFactor?.status !== 'on') return undefined;
  const start = security.reviewedAt ?? security.twoFactor.at;
  return Math.min(start, now) + REVIEW_EVERY_MS;
}

interface Timed<Id> {
  id: Id;
  at: number;
}

/** Each thing a reminder could be about, with the earliest time it could be shown (before the rules). */
function pending(state: ReminderState, now: number) {
  const { settings, log, backups, accounts } = state;
  const used = usedAccounts(accounts);
  const twoFactor: Timed<AccountId>[] = used
    .filter((id) => twoFactorStatus(accounts, id) !== 'on')
    .map((id) => ({ id, at: afterMark(log.marks['two-factor'][id], TWO_FACTOR_EVERY_MS, now) }));
  const review: Timed<AccountId>[] = used.flatMap((id) => {
    const due = reviewDue(accounts, id, now);
    if (due === undefined) return [];
    const back = afterMark(log.marks['two-factor-review'][id], UNANSWERED_MAX_MS, now);
    return [{ id, at: Math.max(due, back) }];
  });
  const backup: Timed<BackupKind>[] = BACKUPS.filter(({ id }) => settings.backups[id]?.ticked).map(
    ({ id }) => {
      const repeat = Math.min(CADENCE_MS[cadenceOf(settings, id)], UNANSWERED_MAX_MS);
      const back = afterMark(log.marks.backup[id], repeat, now);
      return { id, at: Math.max(backupDue(settings, backups, id, now).due, back) };
    },
  );
  return { twoFactor, review, backup };
}

/**
 * What to show now, if anything: one reminder at most, of the most important kind that is ready.
 * Two-factor login comes first (account theft was the study's most common problem), then backups,
 * then the six-monthly check of what is already on.
 */
export function reminderToShow(state: ReminderState, clock: Clock): Reminder | undefined {
  const { now } = clock;
  if (openAt(now, rules(state, clock)) !== now) return undefined;
  const { twoFactor, review, backup } = pending(state, now);
  const ready = <Id>(items: Timed<Id>[]) => items.filter((item) => item.at <= now).map((item) => item.id);
  const candidates: Reminder[] = [
    { kind: 'two-factor', ids: ready(twoFactor) },
    { kind: 'backup', ids: ready(backup) },
    { kind: 'two-factor-review', ids: ready(review) },
  ];
  return candidates.find((candidate) => candidate.ids.length > 0);
}

/**
 * When the next alarm should fire: the earliest time something could be shown, within the rules,
 * never before `now`. Undefined when nothing is ticked that could ever need a reminder.
 */
export function nextAlarmAt(state: ReminderState, clock: Clock): number | undefined {
  const { twoFactor, review, backup } = pending(state, clock.now);
  const times = [...twoFactor, ...review, ...backup].map((item) => item.at);
  if (times.length === 0) return undefined;
  return openAt(Math.max(clock.now, Math.min(...times)), rules(state, clock));
}

function withMark<Id extends string>(
  marks: Partial<Record<Id, ReminderMark>>,
  ids: readonly Id[],
  mark: ReminderMark,
): Partial<Record<Id, ReminderMark>> {
  const next = { ...marks };
  for (const id of ids) next[id] = mark;
  return next;
}

function markReminder(log: ReminderLog, reminder: Reminder, mark: ReminderMark): ReminderLog['marks'] {
  const { marks } = log;
  if (reminder.kind === 'backup') return { ...marks, backup: withMark(marks.backup, reminder.ids, mark) };
  return { ...marks, [reminder.kind]: withMark(marks[reminder.kind], reminder.ids, mark) };
}

/** The notification went out: it counts against today's cap, and its things wait their period. */
export function recordShown(log: ReminderLog, reminder: Reminder, now: number): ReminderLog {
  return { lastShownAt: now, marks: markReminder(log, reminder, { at: now, snoozed: false }) };
}

/** "Remind me tomorrow": the same things come back 24 hours on, or at the first allowed time after. */
export function snooze(log: ReminderLog, reminder: Reminder, now: number): ReminderLog {
  return { ...log, marks: markReminder(log, reminder, { at: now, snoozed: true }) };
}

/** "I backed up now": the next backup of each kind is due one cadence from now. */
export function recordBackup(backups: BackupLog, kinds: readonly BackupKind[], now: number): BackupLog {
  const next = { ...backups };
  for (const kind of kinds) next[kind] = { at: now };
  return next;
}

function settleRecord<Key extends string, Value extends { at: number }>(
  record: Partial<Record<Key, Value>>,
  now: number,
): Partial<Record<Key, Value>> {
  let next: Partial<Record<Key, Value>> | undefined;
  for (const [key, value] of Object.entries(record) as [Key, Value | undefined][]) {
    if (value && value.at > now) {
      next ??= { ...record };
      next[key] = { ...value, at: now };
    }
  }
  return next ?? record;
}

function settleAccounts(accounts: Accounts, now: number): Accounts {
  let security: Accounts['security'] | undefined;
  for (const [id, entry] of Object.entries(accounts.security) as [AccountId, AccountSecurity | undefined][]) {
    if (!entry) continue;
    const fact = entry.twoFactor;
    const ahead = (fact !== undefined && fact.at > now) || (entry.reviewedAt ?? 0) > now;
    if (!ahead) continue;
    security ??= { ...accounts.security };
    security[id] = {
      ...entry,
      ...(fact && { twoFactor: { ...fact, at: Math.min(fact.at, now) } }),
      ...(entry.reviewedAt !== undefined && { reviewedAt: Math.min(entry.reviewedAt, now) }),
    };
  }
  return security ? { ...accounts, security } : accounts;
}

/**
 * Times recorded ahead of `now` mean the clock went back. The functions here already read them as
 * `now`, but only for that moment: stored as they are, they would keep every wait from ending until
 * the clock caught up again, months later perhaps. The background stores what this returns on each
 * wake, so time runs on from `now`. Each part is the same object when nothing in it was ahead.
 */
export function settleClock(state: ReminderState, now: number): ReminderState {
  const { settings, log, backups, accounts } = state;
  const pauseLimit = now + PAUSE_MS;
  const marks = {
    'two-factor': settleRecord(log.marks['two-factor'], now),
    'two-factor-review': settleRecord(log.marks['two-factor-review'], now),
    backup: settleRecord(log.marks.backup, now),
  };
  const marksSame = (Object.keys(marks) as (keyof typeof marks)[]).every(
    (kind) => marks[kind] === log.marks[kind],
  );
  const shownAhead = log.lastShownAt !== undefined && log.lastShownAt > now;
  return {
    settings:
      settings.pausedUntil !== undefined && settings.pausedUntil > pauseLimit
        ? { ...settings, pausedUntil: pauseLimit }
        : settings,
    log: marksSame && !shownAhead ? log : { ...log, marks, ...(shownAhead && { lastShownAt: now }) },
    backups: settleRecord(backups, now),
    accounts: settleAccounts(accounts, now),
  };
}

export function pauseAll(settings: ReminderSettings, now: number): ReminderSettings {
  return { ...settings, pausedUntil: now + PAUSE_MS };
}

export function resume(settings: ReminderSettings): ReminderSettings {
  const { pausedUntil: _ended, ...rest } = settings;
  return rest;
}

export interface Attention {
  /** Ticked accounts whose two-factor login is off or not known. */
  twoFactor: number;
  /** Ticked backup kinds that are due. */
  backups: number;
  /** Accounts with two-factor login on whose six-monthly check is due. */
  reviews: number;
  /** Practices neither done nor set aside as not applying. */
  practices: number;
  /** The toolbar badge. */
  total: number;
}

/**
 * How many things need the user's attention. Unlike notifications, the count ignores pause, quiet
 * hours, snoozes and the cap: it is what the popup would list, not a reminder.
 */
export function attention(state: ReminderState, checklist: Checklist, now: number): Attention {
  const { settings, backups, accounts } = state;
  const used = usedAccounts(accounts);
  const twoFactor = used.filter((id) => twoFactorStatus(accounts, id) !== 'on').length;
  const reviews = used.filter((id) => {
    const due = reviewDue(accounts, id, now);
    return due !== undefined && due <= now;
  }).length;
  const due = BACKUPS.filter(
    ({ id }) => settings.backups[id]?.ticked && backupDue(settings, backups, id, now).due <= now,
  ).length;
  const practices = PRACTICES.filter(({ id }) => checklist[id] === undefined).length;
  return { twoFactor, backups: due, reviews, practices, total: twoFactor + due + reviews + practices };
}
