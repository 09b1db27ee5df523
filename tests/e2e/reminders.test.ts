import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import type { ExtensionBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import type { NetworkRecorder } from './support/network';
import { stored as storedIn, store as storeIn } from './support/storage';
import { withExtension } from './support/with-extension';

/** The parts of the service worker's own `chrome` these tests use. */
interface ChromeEvent<Args extends unknown[]> {
  /** Chrome's extension events carry this: it calls the listeners registered in this context. */
  dispatch(...args: Args): void;
}
type WorkerGlobal = {
  chrome: {
    storage: {
      local: { clear(): Promise<void>; set(v: object): Promise<void>; get(k: string): Promise<object> };
    };
    alarms: {
      create(name: string, info: { when: number }): Promise<void>;
      get(name: string): Promise<{ scheduledTime: number } | undefined>;
    };
    notifications: {
      getAll(): Promise<Record<string, boolean>>;
      onButtonClicked: ChromeEvent<[string, number]>;
      onClicked: ChromeEvent<[string]>;
    };
    action: { getBadgeText(details: object): Promise<string> };
  };
};

const ALARM = 'reminders';
const PHONE = 'reminders:backup:phone';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Quiet hours that start where they end are none: these tests run at any hour. */
const NO_QUIET = { start: 0, end: 0 };

let server: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;

const store = (values: Record<string, unknown>) => storeIn(browser.worker, values);
const stored = <T>(key: string) => storedIn<T>(browser.worker, key);

const notifications = () =>
  browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.notifications.getAll());
const alarmTime = () =>
  browser.worker.evaluate(
    async (name) => (await (globalThis as unknown as WorkerGlobal).chrome.alarms.get(name))?.scheduledTime,
    ALARM,
  );
const badge = () =>
  browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.action.getBadgeText({}));
const workerNow = () => browser.worker.evaluate(() => Date.now());

/**
 * Rings the reminders alarm now: the test sets it for this moment and Chrome fires it, through the
 * listener the background registered, as it would after a week. The wake ends by setting the next
 * alarm, later than now.
 */
async function ring() {
  const now = await workerNow();
  await browser.worker.evaluate(
    (name) => (globalThis as unknown as WorkerGlobal).chrome.alarms.create(name, { when: Date.now() }),
    ALARM,
  );
  await expect.poll(async () => (await alarmTime()) ?? 0, { timeout: 10_000 }).toBeGreaterThan(now + MINUTE);
}

async function openReminders(query = ''): Promise<Page> {
  const page = await browser.openPage(`reminders.html${query}`);
  await page.locator('h1').waitFor();
  return page;
}

withExtension((session) => {
  ({ server, browser, network } = session);
});

beforeEach(async () => {
  for (const page of browser.context.pages()) if (page.url().includes('reminders.html')) await page.close();
  await store({
    preferences: { language: 'en' },
    'reminder-settings': { backups: {}, quietHours: NO_QUIET },
  });
  await browser.worker.evaluate(async () => {
    const { notifications } = (globalThis as unknown as WorkerGlobal).chrome as unknown as {
      notifications: { getAll(): Promise<object>; clear(id: string): Promise<void> };
    };
    for (const id of Object.keys(await notifications.getAll())) await notifications.clear(id);
  });
});

describe('a backup reminder in Chromium', () => {
  it('is ticked on the page, rings with its alarm, and its button records the backup and reschedules', async () => {
    const page = await openReminders();
    await page.getByRole('checkbox', { name: 'Phone photos and contacts' }).check();
    await expect
      .poll(() => stored<{ backups: object }>('reminder-settings'))
      .toMatchObject({ backups: { phone: { ticked: true, cadence: 'weekly' } } });
    // Ticking plans the alarm but shows nothing: the user is looking at the page already.
    const ticked = await workerNow();
    await expect.poll(async () => (await alarmTime()) ?? 0).toBeGreaterThanOrEqual(ticked + 9 * MINUTE);
    expect(await notifications()).toEqual({});

    await ring();
    expect(Object.keys(await notifications())).toEqual([PHONE]);
    expect(await stored('reminder-log')).toMatchObject({ marks: { backup: { phone: { snoozed: false } } } });

    // The badge counts what the popup counts: the phone backup and five checklist practices.
    expect(await badge()).toBe('6');
    const popup = await browser.openPage('popup.html');
    await expect.poll(() => popup.locator('[data-attention]').getAttribute('data-attention')).toBe('6');
    await popup.close();

    // Chrome calls the listener of its button event with the notification's id and the button's index.
    const pressed = await workerNow();
    await browser.worker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobal).chrome.notifications.onButtonClicked.dispatch(id, 0),
      PHONE,
    );
    await expect
      .poll(async () => (await stored<{ phone?: { at: number } }>('backup-log'))?.phone?.at ?? 0)
      .toBeGreaterThanOrEqual(pressed);
    await expect.poll(notifications).toEqual({});
    await expect.poll(async () => (await alarmTime()) ?? 0).toBeGreaterThan(pressed + 6 * DAY);
    await expect.poll(badge).toBe('5');
    const phone = page.locator('#backup-phone');
    await expect.poll(() => phone.getAttribute('data-due')).toBe('false');
    expect(await phone.textContent()).toContain('Last backup:');
  });

  it("without buttons (Firefox's way), a click opens the page with the reminder's two actions", async () => {
    await store({
      preferences: { language: 'en' },
      'reminder-settings': { backups: { phone: { ticked: true, cadence: 'weekly' } }, quietHours: NO_QUIET },
    });
    await ring();
    const opened = browser.context.waitForEvent('page');
    await browser.worker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobal).chrome.notifications.onClicked.dispatch(id),
      PHONE,
    );
    const page = await opened;
    await page.locator('[data-section="reminder"]').waitFor();
    expect(new URL(page.url()).searchParams.get('reminder')).toBe(PHONE);
    const focus = page.locator('[data-section="reminder"]');
    expect(await focus.getByRole('button').allTextContents()).toEqual([
      'I backed up now',
      'Remind me tomorrow',
    ]);
    const pressed = await workerNow();
    await focus.getByRole('button', { name: 'Remind me tomorrow' }).click();
    await page.getByText('Thank you. This reminder is closed.').waitFor();
    expect(await stored('reminder-log')).toMatchObject({ marks: { backup: { phone: { snoozed: true } } } });
    await expect.poll(async () => (await alarmTime()) ?? 0).toBeGreaterThanOrEqual(pressed + DAY);
    expect(await stored('backup-log')).toBeUndefined();
  });

  it('stays quiet inside quiet hours and rings again when they end', async () => {
    const minute = await browser.worker.evaluate(() => {
      const now = new Date();
      return now.getHours() * 60 + now.getMinutes();
    });
    const quietHours = { start: (minute + 24 * 60 - 60) % (24 * 60), end: (minute + 120) % (24 * 60) };
    await store({
      preferences: { language: 'en' },
      'reminder-settings': { backups: { phone: { ticked: true, cadence: 'daily' } }, quietHours },
    });
    const now = await workerNow();
    await ring();
    const next = (await alarmTime()) ?? 0;
    expect(next).toBeGreaterThan(now + 118 * MINUTE);
    expect(next).toBeLessThanOrEqual(now + 121 * MINUTE);
    expect(await notifications()).toEqual({});
    expect(await stored('reminder-log')).toBeUndefined();
  });
});

describe('two-factor login found on a settings page', () => {
  it.each([
    [
      'facebook',
      'https://accountscenter.facebook.com/password_and_security/two_factor',
      'facebook/two-factor/ac-two-factor.en.safe.html',
    ],
    ['google', 'https://myaccount.google.com/security', 'google/two-factor/security.en.safe.html'],
  ])('fills in the %s account on the reminders page', async (account, url, fixture) => {
    await store({ preferences: { language: 'en' }, accounts: { used: [account], security: {} } });
    const { host, pathname } = new URL(url);
    server.route(host, pathname, fixture);
    const tab = await browser.context.newPage();
    await network.visit(tab, url);
    const page = await openReminders('#accounts');
    const card = page.locator(`#account-${account}`);
    await expect.poll(() => card.getAttribute('data-two-factor'), { timeout: 10_000 }).toBe('on');
    expect(await card.textContent()).toContain('Read from the settings page');
    await tab.close();
  });
});

describe('the reminders page', () => {
  it('opens at the section its link names', async () => {
    const page = await openReminders('#rhythm');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rhythm');
  });

  it.each(['en', 'km'] as const)(
    'has no accessibility violations in %s, light and dark, at 360 px too',
    async (language) => {
      await store({
        preferences: { language },
        'reminder-settings': {
          backups: { phone: { ticked: true, cadence: 'weekly' } },
          quietHours: NO_QUIET,
        },
        accounts: { used: ['facebook', 'google'], security: {} },
        checklist: { 'screen-lock': { status: 'done', at: 1 } },
      });
      const page = await openReminders(
        `?reminder=${encodeURIComponent('reminders:two-factor:facebook,google')}`,
      );
      await page.locator('[data-section="reminder"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const width of [1024, 360]) {
        await page.setViewportSize({ width, height: 800 });
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeViolations(page), `${width} px, ${colorScheme}`).toEqual([]);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    },
  );
});

describe('network', () => {
  it('stays silent: the extension itself made no request', () => {
    expect(network.requests).toEqual([]);
  });
});
