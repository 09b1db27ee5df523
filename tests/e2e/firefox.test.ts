import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxWithAddOn, launchFirefox } from './support/firefox';

const SECTIONS = ['findings', 'reminders', 'survey', 'practice'];

let firefox: FirefoxWithAddOn | undefined;

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
