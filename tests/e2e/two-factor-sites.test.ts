import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { type ExtensionFirefox, launchFirefox } from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/*
 * "Tell me when a site I visit supports 2FA". Chromium cannot be made to answer its permission
 * prompt from a test (no switch or DevTools command grants an extension's optional permission),
 * so there the test holds that nothing turns on without the user's yes. Firefox can be told to
 * grant optional permissions without a prompt (`extensions.webextOptionalPermissionPrompts`), so
 * the whole way runs there: the switch, the permission, a visit to a listed site, the notice, and
 * the permission given back.
 */
const TOGGLE = 'Tell me when a website I visit offers two-step login';
/** A site of the shipped list, resolved to the local fixture server. */
const LISTED_HOST = 'www.dropbox.com';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

describe('in Chromium', () => {
  type WorkerGlobal = {
    chrome: { storage: Storage.Static; permissions: { getAll(): Promise<{ permissions?: string[] }> } };
  };
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(server.port);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function options() {
    const page = await browser.openPage('options.html');
    await page.locator('fieldset.language-switch button[lang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    return page;
  }

  it('credits 2fa.directory in About and ships its licence', async () => {
    const page = await options();
    const about = page.getByRole('region', { name: 'About' });
    expect(await about.textContent()).toContain('2FA data: 2fa.directory, MIT licence.');
    const href = await about.getByRole('link', { name: 'Read the licence' }).getAttribute('href');
    const licence = await page.evaluate(async (url) => (await fetch(url ?? '')).text(), href);
    expect(licence).toContain('The MIT License (MIT)');
    await page.close();
  });

  it('turns nothing on while the browser waits for the user to allow the permission', async () => {
    const page = await options();
    const toggle = page.getByRole('checkbox', { name: TOGGLE });
    await toggle.click();
    // The prompt stays unanswered in a headless browser: neither a refusal nor a grant arrives.
    expect(await toggle.isChecked()).toBe(false);
    const granted = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      const { 'two-factor-sites': stored } = await chrome.storage.local.get('two-factor-sites');
      return { permissions: (await chrome.permissions.getAll()).permissions, stored };
    });
    expect(granted.permissions).not.toContain('tabs');
    expect(granted.stored).toBeUndefined();
    await page.close();
  });
});

describe('in Firefox ESR, where optional permissions can be granted without a prompt', () => {
  let firefox: ExtensionFirefox | undefined;

  beforeAll(async () => {
    firefox = await launchFirefox(
      {
        'extensions.webextOptionalPermissionPrompts': false,
        // The listed site's name resolves to this machine, where the fixture server answers.
        'network.dns.localDomains': LISTED_HOST,
      },
      { acceptInsecureCerts: true },
    );
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** Runs in an extension page, with the extension's own `browser`. */
  const extension = <T>(page: FirefoxPage, task: string) =>
    page.evaluate(`(async () => { const { browser } = globalThis; ${task} })()`) as Promise<T>;
  const stored = (page: FirefoxPage) =>
    extension<{ enabled: boolean; sites: Record<string, { status: string }> } | undefined>(
      page,
      "return (await browser.storage.local.get('two-factor-sites'))['two-factor-sites']?.value;",
    );
  const hasTabs = (page: FirefoxPage) =>
    extension<boolean>(page, "return browser.permissions.contains({ permissions: ['tabs'] });");

  it('asks for the permission when turned on, tells about a listed site visited, and gives it back', async () => {
    if (!firefox) throw new Error('Firefox did not start');
    const page = await firefox.browser.newPage();
    await page.goto(`moz-extension://${firefox.uuid}/options.html`, { waitUntil: [] });
    const toggle = 'input[aria-describedby="two-factor-sites-permission"]';
    await page.waitForSelector(toggle, { timeout: 15_000 });
    await page.click('fieldset.language-switch button[lang="en"]');
    // No quiet hours, whenever the test runs.
    await extension(
      page,
      "await browser.storage.local.set({ 'reminder-settings': { version: 1, value: { backups: {}, quietHours: { start: 0, end: 0 } } } });",
    );
    expect(await hasTabs(page)).toBe(false);
    expect(await page.$eval(toggle, (box) => box.parentElement?.textContent?.trim())).toBe(TOGGLE);

    await page.click(toggle);
    await expect.poll(() => hasTabs(page), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await stored(page))?.enabled).toBe(true);
    expect(await page.$eval(toggle, (box) => (box as HTMLInputElement).checked)).toBe(true);

    const site = await firefox.browser.newPage();
    await site.goto(`https://${LISTED_HOST}:${server.port}/`, { waitUntil: [] });
    // Headless Firefox closes a notification at once; what stays is the record of the site told about.
    await expect
      .poll(async () => (await stored(page))?.sites['dropbox.com']?.status, { timeout: 15_000 })
      .toBe('noticed');
    expect(server.requests).toContain(`${LISTED_HOST}/`);
    await site.close();

    await page.click(toggle);
    await expect.poll(() => hasTabs(page), { timeout: 10_000 }).toBe(false);
    expect(await stored(page)).toEqual({ enabled: false, sites: {} });
    await page.close();
  });
});
