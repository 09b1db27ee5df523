import { browser } from 'wxt/browser';
import type { Observation } from '../checks/observation';
import type { Language } from '../i18n/language';
import { resolveLanguage } from '../i18n/resolve';
import { formatNumber, type Translator, translator } from '../i18n/translate';
import type { Message } from '../messages/protocol';
import { createNotification } from '../notifications/create';
import type { StoredItem } from '../storage/item';
import { accounts, backupLog, checklist, preferences, reminderLog, reminderSettings } from '../storage/items';
import {
  answerReview,
  applyTwoFactorFinding,
  sayTwoFactor,
  setRecoveryCodesSaved,
  setUsed,
} from './accounts';
import { answerPractice, chooseBackup, type ReminderChange, setQuietHours } from './changes';
import { ACCOUNTS } from './checklist';
import { parseReminderId, REMINDERS_PREFIX, reminderButtons, reminderId, reminderText } from './notification';
import {
  attention,
  MINUTE,
  nextAlarmAt,
  pauseAll,
  type Reminder,
  type ReminderState,
  recordBackup,
  recordShown,
  reminderToShow,
  resume,
  settleClock,
  snooze,
  systemZone,
} from './schedule';

/*
 * The background's side of reminders: one alarm, at most one notification, the toolbar badge. It
 * keeps no state of its own, so a service worker that stopped loses nothing: every wake reads the
 * stored items, settles the clock, decides and writes back.
 */

/** Other features name their alarms otherwise; only this one is ours. */
export const REMINDER_ALARM = REMINDERS_PREFIX;

/**
 * A change the user just made (ticking an account on the reminders page) can make something due at
 * once. They are looking at it already, so only an alarm shows notifications, and an alarm planned
 * after a change, an install or a browser start rings this much later at the earliest.
 */
export const AFTER_CHANGE_MS = 10 * MINUTE;

/** The items a plan depends on; the language is there for the badge's tooltip. */
const WATCHED = new Set(
  [reminderSettings, reminderLog, backupLog, accounts, checklist, preferences].map((item) => item.spec.key),
);

const REMINDERS_PAGE = '/reminders.html';

let queue: Promise<unknown> = Promise.resolve();

/** Wakes must not interleave: two at once could both show the one notification a day allows. */
function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch((error) => console.error('reminders:', error));
  return run;
}

async function load() {
  const [settings, log, backups, accountList, list, prefs] = await Promise.all([
    reminderSettings.get(),
    reminderLog.get(),
    backupLog.get(),
    accounts.get(),
    checklist.get(),
    preferences.get(),
  ]);
  const state: ReminderState = { settings, log, backups, accounts: accountList };
  const language = resolveLanguage(prefs.language, navigator.languages);
  return { state, checklist: list, language, t: translator(language) };
}

/** Stores what `settleClock` moved back to `now`, each part through its item's own update queue. */
async function settle(now: number) {
  const loaded = await load();
  const settled = settleClock(loaded.state, now);
  async function store<K extends keyof ReminderState>(part: K, item: StoredItem<ReminderState[K]>) {
    if (settled[part] === loaded.state[part]) return;
    await item.update((current) => settleClock({ ...loaded.state, [part]: current }, now)[part]);
  }
  await store('settings', reminderSettings);
  await store('log', reminderLog);
  await store('backups', backupLog);
  await store('accounts', accounts);
  return { ...loaded, state: settled };
}

async function show(reminder: Reminder, t: Translator) {
  const open = await browser.notifications.getAll();
  for (const id of Object.keys(open)) {
    if (id.startsWith(`${REMINDERS_PREFIX}:`)) await browser.notifications.clear(id);
  }
  // Without buttons (Firefox) the click opens the reminders page with the same two actions.
  await createNotification(reminderId(reminder), {
    ...reminderText(reminder, t),
    buttons: reminderButtons(reminder).map((button) => t(button.label)),
    clickHint: t('reminders.notify.clickHint'),
  });
}

async function showBadge(total: number, language: Language) {
  const t = translator(language);
  // Firefox's Manifest V2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: total > 0 ? formatNumber(language, total) : '' });
  await action.setTitle({
    title: total > 0 ? `${t('app.name')}: ${t('reminders.attention', { count: total })}` : t('app.name'),
  });
}

/**
 * One wake. An alarm may show the reminder that is due; a plan (install, start, a stored change)
 * only sets the next alarm and the badge. Both settle the clock first.
 */
async function wake(mode: 'alarm' | 'plan') {
  const now = Date.now();
  const clock = { now, zone: systemZone };
  const { state, checklist: list, language, t } = await settle(now);
  let current = state;
  if (mode === 'alarm') {
    const reminder = reminderToShow(state, clock);
    if (reminder) {
      await show(reminder, t);
      current = { ...state, log: await reminderLog.update((log) => recordShown(log, reminder, now)) };
    }
  }
  const next = nextAlarmAt(current, clock);
  if (next === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else {
    const when = mode === 'alarm' ? next : Math.max(next, now + AFTER_CHANGE_MS);
    await browser.alarms.create(REMINDER_ALARM, { when });
  }
  await showBadge(attention(current, list, now).total, language);
}

export const planReminders = () => serially(() => wake('plan'));

/** Stores one change the user made on the reminders page or through a notification. */
export async function applyChange(change: ReminderChange, now = Date.now()): Promise<void> {
  switch (change.kind) {
    case 'backup-choice':
      await reminderSettings.update((settings) => chooseBackup(settings, change.backup, change));
      return;
    case 'backed-up':
      await backupLog.update((backups) => recordBackup(backups, change.backups, now));
      return;
    case 'snooze':
      await reminderLog.update((log) => snooze(log, change.reminder, now));
      return;
    case 'account-used':
      await accounts.update((list) => setUsed(list, change.account, change.used));
      return;
    case 'two-factor':
      await accounts.update((list) => sayTwoFactor(list, change.account, change.status, now));
      return;
    case 'recovery-codes':
      await accounts.update((list) => setRecoveryCodesSaved(list, change.account, change.saved));
      return;
    case 'review':
      await accounts.update((list) =>
        change.accounts.reduce((next, id) => answerReview(next, id, change, now), list),
      );
      return;
    case 'practice':
      await checklist.update((list) => answerPractice(list, change.practice, change.answer, now));
      return;
    case 'quiet-hours':
      await reminderSettings.update((settings) => setQuietHours(settings, change.quietHours));
      return;
    case 'pause':
      await reminderSettings.update((settings) =>
        change.paused ? pauseAll(settings, now) : resume(settings),
      );
      return;
  }
}

function remindersPageUrl(suffix = ''): string {
  return browser.runtime.getURL(REMINDERS_PAGE) + suffix;
}

/**
 * One of a reminder's two actions, whichever way it came: a notification's button (Chrome) or the
 * same button on the reminders page a clicked notification opened (Firefox, which has no buttons).
 */
export async function answerReminder(reminder: Reminder, index: number): Promise<void> {
  const button = reminderButtons(reminder)[index];
  if (!button) return;
  await browser.notifications.clear(reminderId(reminder));
  const { action } = button;
  if (action.kind === 'change') await applyChange(action.change);
  if (action.kind === 'open') await browser.tabs.create({ url: action.url ?? remindersPageUrl('#accounts') });
}

/** A clicked notification opens the reminders page with that reminder and its two actions on top. */
async function openReminder(reminder: Reminder) {
  await browser.notifications.clear(reminderId(reminder));
  await browser.tabs.create({
    url: remindersPageUrl(`?reminder=${encodeURIComponent(reminderId(reminder))}`),
  });
}

const DETECTORS = new Set(ACCOUNTS.flatMap((account) => (account.detectedBy ? [account.detectedBy] : [])));

/** A settings page showed an account's two-factor login: the account list learns it. */
export async function learnFromObservations(observations: readonly Observation[]): Promise<void> {
  const relevant = observations.filter((observation) => DETECTORS.has(observation.checkId));
  if (relevant.length === 0) return;
  await accounts.update((list) => relevant.reduce(applyTwoFactorFinding, list));
}

/** Registers the listeners; call it at the top of the background, where a woken service worker finds them. */
export function startReminders() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void serially(() => wake('alarm'));
  });
  browser.runtime.onInstalled.addListener(() => void planReminders());
  browser.runtime.onStartup.addListener(() => void planReminders());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => WATCHED.has(key))) void planReminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    const reminder = parseReminderId(id);
    if (reminder) void openReminder(reminder);
  });
  browser.notifications.onButtonClicked.addListener((id, index) => {
    const reminder = parseReminderId(id);
    if (reminder) void answerReminder(reminder, index);
  });
}

type Of<T extends Message['type']> = Extract<Message, { type: T }>;

export const reminderHandlers = {
  'change-reminders': ({ change }: Of<'change-reminders'>) => applyChange(change),
  'answer-reminder': ({ reminder, button }: Of<'answer-reminder'>) => answerReminder(reminder, button),
};
