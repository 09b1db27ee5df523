import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX, FIREFOX_BUILD } from './support/paths';

const GECKO_ID: string = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;
/** Firefox picks a random moz-extension:// host per add-on unless the profile already names one. */
const UUID = randomUUID();
const SECTIONS = ['findings', 'reminders', 'survey', 'practice'];

let profile: string | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'dhc-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  // A temporary add-on: the only way stock Firefox runs the unsigned build.
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
});

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPopup(): Promise<Page> {
  if (!browser) throw new Error('Firefox did not start');
  const page = await browser.newPage();
  // Firefox sends no load events for pages in the extension process, so goto must not wait for them;
  // the popup renders only after it has read storage, so its heading is the sign it is ready.
  await page.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: [] });
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
    expect(await page.evaluate(() => location.href)).toBe(`moz-extension://${UUID}/popup.html`);
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
