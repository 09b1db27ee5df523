import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionFirefox, launchFirefox } from './support/firefox';

const SECTIONS = ['findings', 'reminders', 'survey', 'practice'];

let firefox: ExtensionFirefox | undefined;

beforeAll(async () => {
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
});

async function openPopup(): Promise<Page> {
  if (!firefox) throw new Error('Firefox did not start');
  const page = await firefox.browser.newPage();
  // Firefox sends no load events for pages in the extension process, so goto must not wait for them;
  // the popup renders only after it has read storage, so its heading is the sign it is ready.
  await page.goto(`moz-extension://${firefox.uuid}/popup.html`, { waitUntil: [] });
  await page.waitForSelector('h1', { timeout: 15_000 });
  return page;
}

const headingAndLang = (page: Page) =>
  page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent,
    lang: document.documentElement.lang,
  }));

describe('Firefox ESR with the built extension', () => {
  it('renders the popup with all its sections and switches it to Khmer', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${firefox?.uuid}/popup.html`);
    expect((await headingAndLang(page)).heading).toContain('Digital Hygiene Check');
    for (const section of SECTIONS) {
      expect(await page.$(`[data-section="${section}"]`), `section ${section}`).not.toBeNull();
    }

    await page.click('fieldset.language-switch button[lang="km"]');
    await expect
      .poll(() => headingAndLang(page), { timeout: 10_000 })
      .toEqual({ heading: 'ការពិនិត្យអនាម័យឌីជីថល', lang: 'km' });
    await page.close();
  });
});

describe('reminders in Firefox ESR', () => {
  it('shows a due reminder when its alarm rings, though Firefox refuses notification buttons', async () => {
    const page = await openPopup();
    const log = await page.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: {
          storage: { local: { set(values: object): Promise<void>; get(key: string): Promise<object> } };
          alarms: {
            create(name: string, info: { when: number }): Promise<void>;
            get(name: string): Promise<object | undefined>;
          };
        };
      };
      const sleep = () => new Promise((resolve) => setTimeout(resolve, 100));
      await browser.storage.local.set({
        'reminder-settings': {
          version: 1,
          value: {
            backups: { phone: { ticked: true, cadence: 'weekly' } },
            quietHours: { start: 0, end: 0 },
          },
        },
      });
      // Ticking plans the alarm some minutes on; once planned, ring it now.
      for (let tries = 0; tries < 100 && !(await browser.alarms.get('reminders')); tries++) await sleep();
      await browser.alarms.create('reminders', { when: Date.now() });
      // Headless Firefox closes a notification at once, so what stays is the background's record of it.
      for (let tries = 0; tries < 100; tries++) {
        const { 'reminder-log': log } = (await browser.storage.local.get('reminder-log')) as {
          'reminder-log'?: { value: { lastShownAt?: number; marks: { backup: object } } };
        };
        if (log?.value.lastShownAt) return log.value;
        await sleep();
      }
      return undefined;
    });
    expect(log?.marks.backup).toMatchObject({ phone: { snoozed: false } });
    await page.close();
  });
});
