import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { pagesToVisit } from '../../lib/check-now/run';
import { CHECKS, FACEBOOK_CHECKS } from '../../lib/checks/registry';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { CHROME_BUILD } from './support/paths';

/** The service worker's own `chrome`, seen through the polyfill's types. */
type WorkerGlobal = { chrome: { storage: Storage.Static } };

let server: FixtureServer;
let browser: ExtensionBrowser;
/**
 * Requests the extension made: anything that is not its own files, a page the test opened, or a
 * resource that page itself references (fixtures keep Facebook's CDN links, as the real pages do).
 */
const requests: { url: string; from: string }[] = [];
const navigations = new Set<string>();

function record(request: Request) {
  const url = request.url();
  if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
  if (request.isNavigationRequest() && navigations.has(url)) return;
  if (!request.serviceWorker() && server.pageResources.has(url)) return;
  const worker = request.serviceWorker();
  requests.push({ url, from: worker ? `service worker ${worker.url()}` : request.frame().url() });
}

async function visit(page: Page, url: string) {
  navigations.add(url);
  await page.goto(url);
}

async function storedFindings(): Promise<Record<string, { state: string; evidence?: { value: string } }>> {
  return browser.worker.evaluate(async () => {
    const { storage } = (
      globalThis as unknown as { chrome: { storage: typeof import('webextension-polyfill').storage } }
    ).chrome;
    const { findings } = await storage.local.get('findings');
    return (findings as { value?: never } | undefined)?.value ?? {};
  });
}

async function waitForState(checkId: string, state: string) {
  await expect.poll(async () => (await storedFindings())[checkId]?.state, { timeout: 10_000 }).toBe(state);
}

async function chooseLanguage(page: Page, language: 'en' | 'km') {
  await page.locator(`fieldset.language-switch button[lang="${language}"]`).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(server.port);
  browser.context.on('request', record);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));

  it('asks only for storage, alarms (reminders, the survey outbox) and notifications, and the platforms it reads', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
    // Asked for only when the user turns on "tell me when a site I visit supports 2FA".
    expect(manifest.optional_permissions).toEqual(['tabs']);
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches),
    ];
    expect(hosts).not.toContain('<all_urls>');
    expect([...new Set(hosts)].sort()).toEqual([
      'https://*.facebook.com/*',
      'https://myaccount.google.com/*',
    ]);
  });

  it('is named in the browser language through _locales', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action.default_title).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
  });
});

describe.each(['popup.html', 'options.html'])('%s', (path) => {
  it.each(['en', 'km'] as const)(
    'renders in %s with no accessibility violations, light and dark',
    async (language) => {
      const page = await browser.openPage(path);
      await chooseLanguage(page, language);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.close();
    },
  );

  it('draws Khmer with the bundled font, offline', async () => {
    const page = await browser.openPage(path);
    await chooseLanguage(page, 'km');
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces = await document.fonts.load('16px "Noto Sans Khmer"', 'ការពិនិត្យ');
      return faces.map((face) => face.status);
    });
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((status) => status === 'loaded')).toBe(true);
    const family = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(family).toMatch(/^"Noto Sans Khmer"/);
    await page.close();
  });

  it('stays usable at 360 px wide and at 200% zoom, in Khmer', async () => {
    const page = await browser.openPage(path);
    await chooseLanguage(page, 'km');
    for (const zoom of ['1', '2']) {
      await page.setViewportSize({ width: zoom === '2' ? 720 : 360, height: 640 });
      await page.evaluate((z) => {
        document.documentElement.style.zoom = z;
      }, zoom);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow at zoom ${zoom}`).toBeLessThanOrEqual(0);
      await expect.poll(() => page.getByRole('button', { name: 'English (អង់គ្លេស)' }).isVisible()).toBe(true);
    }
    await page.close();
  });
});

describe('keyboard', () => {
  async function tabTo(page: Page, name: string, key = 'Tab') {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(key);
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (focused === name) return;
    }
    throw new Error(`could not reach "${name}" with Tab`);
  }

  it('works the popup by keyboard alone: language and settings', async () => {
    const page = await browser.openPage('popup.html');
    await chooseLanguage(page, 'en');
    await tabTo(page, 'ខ្មែរ (Khmer)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    await tabTo(page, 'English (អង់គ្លេស)', 'Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const focusRing = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(focusRing).toBe('solid');
    const optionsOpened = browser.context.waitForEvent('page');
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    expect((await optionsOpened).url()).toContain('/options.html');
    await page.close();
  });

  it('works the options page by keyboard alone', async () => {
    const page = await browser.openPage('options.html');
    await chooseLanguage(page, 'en');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'ខ្មែរ (Khmer)');
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    await expect.poll(() => page.locator('h1').textContent()).toBe('ការកំណត់ ការពិនិត្យអនាម័យឌីជីថល');
    await page.close();
  });
});

describe('on facebook.com', () => {
  it('runs its content script on the real hostname and shows what it found in the popup, openable by keyboard', async () => {
    server.route('www.facebook.com', '/settings/', 'facebook/future-posts/www-privacy.en.risky.html');
    const tab = await browser.context.newPage();
    await visit(tab, 'https://www.facebook.com/settings/?tab=privacy');
    await waitForState('facebook.future-posts', 'risky');
    const popup = await browser.openPage('popup.html');
    await chooseLanguage(popup, 'en');
    const finding = popup.locator('[data-check="facebook.future-posts"]');
    await expect.poll(() => finding.getAttribute('data-state')).toBe('risky');
    await expect.poll(() => popup.locator('[data-status]').getAttribute('data-status')).toBe('attention');
    await finding.locator('summary').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => finding.getByRole('link', { name: 'Open this setting' }).isVisible()).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('keeps findings across a browser restart', async () => {
    const first = await launchWithExtension(server.port, mkdtempSync(join(tmpdir(), 'dhc-restart-')));
    first.context.on('request', record);
    try {
      server.route('www.facebook.com', '/settings/', 'facebook/future-posts/www-privacy.en.risky.html');
      const tab = await first.context.newPage();
      await visit(tab, 'https://www.facebook.com/settings/?tab=privacy');
      const popup = await first.openPage('popup.html');
      await expect.poll(() => popup.locator('[data-check="facebook.future-posts"]').count()).toBe(1);
    } finally {
      await first.context.close();
    }
    const again = await launchWithExtension(server.port, first.profile);
    again.context.on('request', record);
    try {
      const popup = await again.openPage('popup.html');
      const finding = popup.locator('[data-check="facebook.future-posts"]');
      await expect.poll(() => finding.getAttribute('data-state')).toBe('risky');
    } finally {
      await again.context.close();
      rmSync(first.profile, { recursive: true, force: true });
    }
  });

  it('reads the mobile site in Khmer and updates the finding', async () => {
    server.route('m.facebook.com', '/privacy/touch/basic/', 'facebook/future-posts/m-privacy.km.safe.html');
    const tab = await browser.context.newPage();
    await visit(tab, 'https://m.facebook.com/privacy/touch/basic/');
    await waitForState('facebook.future-posts', 'safe');
    await tab.close();
  });

  it('follows an in-page navigation (pushState) from the feed to a settings page', async () => {
    await browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.clear());
    server.route('www.facebook.com', '/', 'facebook/navigation/www-home-to-posts.en.html');
    const tab = await browser.context.newPage();
    await visit(tab, 'https://www.facebook.com/');
    await tab.getByRole('link', { name: 'Settings & privacy' }).click();
    await expect.poll(() => tab.url()).toBe('https://www.facebook.com/settings/?tab=posts');
    await waitForState('facebook.future-posts', 'risky');
    await tab.close();
  });

  it('catches a setting that the page renders late', async () => {
    server.route('www.facebook.com', '/settings/', 'facebook/future-posts/www-privacy-late.en.risky.html');
    const tab = await browser.context.newPage();
    await visit(tab, 'https://www.facebook.com/settings/?tab=privacy');
    await waitForState('facebook.future-posts', 'risky');
    await tab.close();
  });
});

/** A settings page for every page Check now visits, each showing risky values. */
const CHECK_NOW_PAGES: Record<string, string> = {
  'https://www.facebook.com/settings/?tab=posts': 'facebook/future-posts/www-posts.en.risky.html',
  // A new account as Facebook sets it up: all five settings of this page are risky.
  'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you':
    'facebook/lookup-email/www-contact.en.risky.html',
  'https://www.facebook.com/settings/?tab=profile_and_tagging':
    'facebook/tag-review/www-tagging.en.risky.html',
  'https://www.facebook.com/me/about_contact_and_basic_info':
    'facebook/profile-contact/www-about.en.risky.html',
  'https://accountscenter.facebook.com/password_and_security/two_factor':
    'facebook/two-factor/ac-two-factor.en.risky.html',
  // The list of accounts shows no alert state: this is the screen after choosing the Facebook one.
  'https://accountscenter.facebook.com/password_and_security/login_alerts':
    'facebook/login-alerts/ac-login-alerts-account.en.risky.html',
};

function serveAt(url: string, fixture: string) {
  const { host, pathname, search } = new URL(url);
  server.route(host, pathname + search, fixture);
  // Check now opens these pages on purpose, when the user presses it.
  navigations.add(url);
}

async function pressCheckNow(): Promise<Page> {
  await browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.clear());
  const popup = await browser.openPage('popup.html');
  await chooseLanguage(popup, 'en');
  await popup.locator('[data-action="check-now:facebook"]').click();
  return popup;
}

const facebookTabs = () => browser.context.pages().filter((page) => page.url().includes('facebook.com'));

describe('Check now', () => {
  it('reads every settings page in a background tab, closes them, and fills every check', async () => {
    for (const check of FACEBOOK_CHECKS) expect(pagesToVisit(CHECKS, 'facebook')).toContain(check.deepLink);
    for (const url of pagesToVisit(CHECKS, 'facebook')) {
      const fixture = CHECK_NOW_PAGES[url];
      expect(fixture, `a fixture for ${url}`).toBeDefined();
      serveAt(url, fixture ?? '');
    }
    const popup = await pressCheckNow();
    const status = popup.locator('[data-run-status]');
    await expect.poll(() => status.getAttribute('data-run-status'), { timeout: 60_000 }).toBe('done');
    const found = await storedFindings();
    for (const check of FACEBOOK_CHECKS) expect(found[check.id]?.state, check.id).toBe('risky');
    expect(await popup.locator('[data-check][data-state="risky"]').count()).toBe(FACEBOOK_CHECKS.length);
    expect(facebookTabs()).toEqual([]);
    await popup.close();
  });

  it('stops at the login page and asks the user to log in', async () => {
    for (const url of pagesToVisit(CHECKS, 'facebook')) serveAt(url, 'facebook/login/www-login.en.html');
    const popup = await pressCheckNow();
    const status = popup.locator('[data-run-status]');
    await expect
      .poll(() => status.getAttribute('data-run-status'), { timeout: 30_000 })
      .toBe('login-required');
    expect(await status.textContent()).toBe(
      'Please log in to Facebook in this browser, then press "Check now" again.',
    );
    const [first] = pagesToVisit(CHECKS, 'facebook');
    expect(await popup.getByRole('link', { name: 'Open the Facebook page' }).getAttribute('href')).toBe(
      first,
    );
    expect(facebookTabs()).toEqual([]);
    await popup.close();
  });
});

describe('network silence', () => {
  it('made no request of its own while the tests above browsed and clicked', () => {
    expect(requests.map((r) => `${r.url} from ${r.from}`)).toEqual([]);
  });

  it('would have noticed one from the service worker or from inside a Facebook page', async () => {
    await browser.worker.evaluate(() => fetch('https://www.facebook.com/probe').catch(() => undefined));
    await expect.poll(() => requests.map((r) => r.url)).toContain('https://www.facebook.com/probe');
    server.route('www.facebook.com', '/settings/', 'facebook/future-posts/www-privacy.en.safe.html');
    const tab = await browser.context.newPage();
    await visit(tab, 'https://www.facebook.com/settings/?tab=privacy');
    await tab.evaluate(() => fetch('https://collector.example/leak').catch(() => undefined));
    await expect.poll(() => requests.map((r) => r.url)).toContain('https://collector.example/leak');
    await tab.close();
  });
});
