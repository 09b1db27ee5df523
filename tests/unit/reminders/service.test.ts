import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findingsHandlers } from '../../../lib/findings/handlers';
import type { ReminderChange } from '../../../lib/reminders/changes';
import { reminderId } from '../../../lib/reminders/notification';
import { DAY, HOUR, WEEK } from '../../../lib/reminders/schedule';
import {
  AFTER_CHANGE_MS,
  applyChange,
  REMINDER_ALARM,
  reminderHandlers,
  startReminders,
} from '../../../lib/reminders/service';
import {
  accounts,
  backupLog,
  preferences,
  type ReminderSettings,
  reminderLog,
  reminderSettings,
} from '../../../lib/storage/items';

/** Local wall-clock time, whatever zone the tests run in: the service reads the system's zone. */
const local = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();
const NOON = local(2, 12);

const phoneWeekly: ReminderSettings = {
  backups: { phone: { ticked: true, cadence: 'weekly' } },
  quietHours: { start: 21 * 60, end: 7 * 60 },
};

/** Only the service's reading of the clock: fake timers would also move it while a test polls. */
function setNow(now: number) {
  vi.spyOn(Date, 'now').mockReturnValue(now);
}

/** What the notification area holds now: our notifications' options by id. */
const shown = () => fakeBrowser.notifications.getAllCreateOptions();
const alarm = () => fakeBrowser.alarms.get(REMINDER_ALARM);
const badge = () => fakeBrowser.action.getBadgeText({});
const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);

async function ring(now: number) {
  setNow(now);
  const before = await reminderLog.get();
  await fakeBrowser.alarms.onAlarm.trigger({
    name: REMINDER_ALARM,
    scheduledTime: now,
    persistAcrossSessions: true,
  });
  // The wake runs behind the listener; it ends by setting the next alarm and the badge.
  await expect
    .poll(async () => {
      const next = await alarm();
      return (next === undefined || next.scheduledTime > now) && (await badge()) !== '';
    })
    .toBe(true);
  return before;
}

beforeEach(() => {
  setNow(NOON);
});

describe('an alarm', () => {
  it('shows the due backup with its two buttons, records it and sets the next alarm a week on', async () => {
    await preferences.set({ language: 'en' });
    await reminderSettings.set(phoneWeekly);
    startReminders();
    await ring(NOON);
    const id = reminderId({ kind: 'backup', ids: ['phone'] });
    const options = shown()[id];
    expect(options).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon-128.png',
      title: 'Time to back up',
      buttons: [{ title: 'I backed up now' }, { title: 'Remind me tomorrow' }],
    });
    expect(options?.message).toContain('Phone photos and contacts');
    expect(Object.keys(shown())).toEqual([id]);
    expect((await reminderLog.get()).lastShownAt).toBe(NOON);
    expect((await alarm())?.scheduledTime).toBe(NOON + WEEK);
    // One backup due and five practices not answered yet.
    expect(await badge()).toBe('6');
  });

  it('speaks Khmer, badge included', async () => {
    await preferences.set({ language: 'km' });
    await reminderSettings.set(phoneWeekly);
    startReminders();
    await ring(NOON);
    const [options] = Object.values(shown());
    expect(options?.title).toBe('ដល់ពេលបម្រុងទុកហើយ');
    expect(options?.buttons?.[0]?.title).toBe('ខ្ញុំបានបម្រុងទុកហើយ');
    expect(await badge()).toBe('៦');
    expect(await fakeBrowser.action.getTitle({})).toContain('៦');
  });

  it('shows nothing inside quiet hours, and rings again when they end', async () => {
    await reminderSettings.set(phoneWeekly);
    startReminders();
    await ring(local(2, 22, 30));
    expect(shown()).toEqual({});
    expect((await reminderLog.get()).lastShownAt).toBeUndefined();
    expect((await alarm())?.scheduledTime).toBe(local(3, 7));
  });

  it('shows one notification a day at most: a second due thing waits for the next day', async () => {
    await reminderSettings.set(phoneWeekly);
    await accounts.set({ used: ['facebook'], security: {} });
    startReminders();
    await ring(NOON);
    expect(Object.keys(shown())).toEqual([reminderId({ kind: 'two-factor', ids: ['facebook'] })]);
    const next = (await alarm())?.scheduledTime ?? 0;
    expect(next).toBeGreaterThanOrEqual(local(3, 7));
    await ring(next);
    expect(Object.keys(shown())).toEqual([reminderId({ kind: 'backup', ids: ['phone'] })]);
  });

  it("leaves other features' alarms alone", async () => {
    await reminderSettings.set(phoneWeekly);
    startReminders();
    await fakeBrowser.alarms.create('outbox-send', { when: NOON });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'outbox-send',
      scheduledTime: NOON,
      persistAcrossSessions: true,
    });
    await applyChange({ kind: 'pause', paused: false });
    await expect.poll(alarm).toBeDefined();
    expect(shown()).toEqual({});
    expect(await fakeBrowser.alarms.get('outbox-send')).toBeDefined();
  });

  it('stores the settled clock: a backup recorded in the future (the clock went back) counts from now', async () => {
    await reminderSettings.set(phoneWeekly);
    await backupLog.set({ phone: { at: NOON + 30 * DAY } });
    startReminders();
    await ring(NOON);
    expect(await backupLog.get()).toEqual({ phone: { at: NOON } });
    expect(shown()).toEqual({});
    expect((await alarm())?.scheduledTime).toBe(NOON + WEEK);
  });
});

describe('a change the user makes', () => {
  it('plans without showing: the alarm rings a while later at the earliest, and the badge counts', async () => {
    startReminders();
    await applyChange({ kind: 'backup-choice', backup: 'phone', ticked: true, cadence: 'daily' });
    await expect.poll(alarm).toBeDefined();
    expect(shown()).toEqual({});
    expect((await alarm())?.scheduledTime).toBe(NOON + AFTER_CHANGE_MS);
    expect(await badge()).toBe('6');
  });

  it('clears the alarm and the badge when nothing is left to remind about', async () => {
    await reminderSettings.set(phoneWeekly);
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: NOON + HOUR });
    startReminders();
    await applyChange({ kind: 'backup-choice', backup: 'phone', ticked: false, cadence: 'weekly' });
    for (const practice of ['passwords', 'screen-lock', 'updates', 'encrypted-messenger'] as const) {
      await applyChange({ kind: 'practice', practice, answer: 'done' });
    }
    await applyChange({ kind: 'practice', practice: 'incident-contact', answer: 'not-applicable' });
    await expect.poll(alarm).toBeUndefined();
    await expect.poll(badge).toBe('');
  });

  it.each<[ReminderChange, () => Promise<unknown>, unknown]>([
    [
      { kind: 'account-used', account: 'google', used: true },
      () => accounts.get(),
      { used: ['google'], security: {} },
    ],
    [
      { kind: 'quiet-hours', quietHours: { start: 22 * 60, end: 6 * 60 } },
      async () => (await reminderSettings.get()).quietHours,
      { start: 22 * 60, end: 6 * 60 },
    ],
    [{ kind: 'pause', paused: true }, async () => (await reminderSettings.get()).pausedUntil, NOON + WEEK],
  ])('stores %o', async (change, read, expected) => {
    await applyChange(change);
    expect(await read()).toEqual(expected);
  });
});

describe('a notification button (Chrome)', () => {
  async function backupShown() {
    await reminderSettings.set(phoneWeekly);
    startReminders();
    await ring(NOON);
    return reminderId({ kind: 'backup', ids: ['phone'] });
  }

  it('"I backed up now" records the backup, closes the notification and reschedules', async () => {
    const id = await backupShown();
    setNow(NOON + 5 * 60_000);
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    await expect.poll(() => backupLog.get()).toEqual({ phone: { at: NOON + 5 * 60_000 } });
    expect(shown()).toEqual({});
    await expect.poll(async () => (await alarm())?.scheduledTime).toBe(NOON + 5 * 60_000 + WEEK);
    await expect.poll(badge).toBe('5');
  });

  it('"Remind me tomorrow" snoozes it for a day', async () => {
    const id = await backupShown();
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await expect
      .poll(async () => (await reminderLog.get()).marks.backup.phone)
      .toEqual({ at: NOON, snoozed: true });
    await expect.poll(async () => (await alarm())?.scheduledTime).toBe(NOON + DAY);
    expect(await backupLog.get()).toEqual({});
  });

  it('"Turn it on" opens the account\'s own two-factor setting', async () => {
    await accounts.set({ used: ['x'], security: {} });
    startReminders();
    await ring(NOON);
    await fakeBrowser.notifications.onButtonClicked.trigger(
      reminderId({ kind: 'two-factor', ids: ['x'] }),
      0,
    );
    await expect.poll(tabUrls).toContain('https://x.com/settings/account/login_verification');
  });

  it('for several accounts, "Turn it on" opens their list on the reminders page', async () => {
    await reminderHandlers['answer-reminder']({
      type: 'answer-reminder',
      reminder: { kind: 'two-factor', ids: ['x', 'google'] },
      button: 0,
    });
    expect(await tabUrls()).toContain('chrome-extension://test-extension-id/reminders.html#accounts');
  });

  it('"Yes, still on and safe" starts the next six months of an account', async () => {
    const since = NOON - 200 * DAY;
    await accounts.set({
      used: ['google'],
      security: {
        google: {
          twoFactor: { status: 'on', source: 'user', at: since },
          recoveryCodesSaved: false,
          reviewedAt: since,
        },
      },
    });
    startReminders();
    await ring(NOON);
    const id = reminderId({ kind: 'two-factor-review', ids: ['google'] });
    expect(shown()[id]?.title).toBe('Is two-factor login still on?');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    await expect
      .poll(async () => (await accounts.get()).security.google)
      .toMatchObject({ reviewedAt: NOON, recoveryCodesSaved: true });
  });
});

describe('where notifications have no buttons (Firefox)', () => {
  it('says to click, and a click opens the reminders page with that reminder on top', async () => {
    await reminderSettings.set(phoneWeekly);
    const create = fakeBrowser.notifications.create;
    // As Firefox does: "Property "buttons" is unsupported by Firefox".
    const refuseButtons = async (id: string, options: { buttons?: unknown }) => {
      if (options.buttons) throw new Error('Property "buttons" is unsupported by Firefox');
      return create(id, options as never);
    };
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(
      refuseButtons as unknown as typeof create,
    );
    startReminders();
    await ring(NOON);
    const id = reminderId({ kind: 'backup', ids: ['phone'] });
    expect(shown()[id]?.buttons).toBeUndefined();
    expect(shown()[id]?.message).toMatch(/Click to answer\.$/);
    await fakeBrowser.notifications.onClicked.trigger(id);
    await expect
      .poll(tabUrls)
      .toContain(`chrome-extension://test-extension-id/reminders.html?reminder=${encodeURIComponent(id)}`);
    expect(shown()).toEqual({});
  });
});

describe('findings', () => {
  it("fill in Google's 2-Step Verification from its account page", async () => {
    await findingsHandlers['report-observations']({
      type: 'report-observations',
      platform: 'google',
      observations: [{ checkId: 'google.two-factor', platform: 'google', state: 'risky', seenAt: NOON }],
    });
    expect((await accounts.get()).security.google?.twoFactor).toEqual({
      status: 'off',
      source: 'detected',
      at: NOON,
    });
  });

  it("fill in an account's two-factor login from its settings page, and only a detector's", async () => {
    await findingsHandlers['report-observations']({
      type: 'report-observations',
      platform: 'facebook',
      observations: [
        { checkId: 'facebook.two-factor', platform: 'facebook', state: 'safe', seenAt: NOON },
        { checkId: 'facebook.login-alerts', platform: 'facebook', state: 'risky', seenAt: NOON },
      ],
    });
    expect(await accounts.get()).toEqual({
      used: [],
      security: {
        facebook: {
          twoFactor: { status: 'on', source: 'detected', at: NOON },
          recoveryCodesSaved: false,
          reviewedAt: NOON,
        },
      },
    });
  });
});
