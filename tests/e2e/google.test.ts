import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import type { ExtensionBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import type { NetworkRecorder } from './support/network';
import { CHROME_BUILD } from './support/paths';
import { store, stored } from './support/storage';
import { withExtension } from './support/with-extension';

/*
 * The Google Account's 2-Step Verification, read by the Google content script on the real
 * hostname (mapped to the fixture server), stored, and shown in the popup under Google.
 */

const SECURITY = 'https://myaccount.google.com/security';
const TWOSV = 'https://myaccount.google.com/signinoptions/twosv';
/** Where Google sends a signed-out user who asks for TWOSV: two redirects, as the real site does. */
const CONTINUE = `continue=${encodeURIComponent(TWOSV)}`;
const SERVICE_LOGIN = `https://accounts.google.com/ServiceLogin?${CONTINUE}&service=accountsettings&flowName=GlifWebSignIn&flowEntry=ServiceLogin`;
const SIGN_IN = `https://accounts.google.com/v3/signin/identifier?${CONTINUE}&followup=${encodeURIComponent(TWOSV)}&ifkv=AdBytiN3xQ7kTq&osid=1&passive=1209600&service=accountsettings&flowName=GlifWebSignIn&flowEntry=ServiceLogin&dsh=S-1181273456%3A1764411220117342`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;

const clearStorage = () => store(browser.worker, {});

type Findings = Record<string, { state: string; platform: string; evidence?: { value: string } }>;
const finding = async (id: string) => (await stored<Findings>(browser.worker, 'findings'))?.[id];

async function open(url: string, fixture: string): Promise<Page> {
  const { host, pathname } = new URL(url);
  server.route(host, pathname, fixture);
  const tab = await browser.context.newPage();
  await network.visit(tab, url);
  return tab;
}

async function popupIn(language: 'en' | 'km'): Promise<Page> {
  const popup = await browser.openPage('popup.html');
  await popup.locator(`fieldset.language-switch button[lang="${language}"]`).click();
  await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(language);
  return popup;
}

withExtension((session) => {
  ({ server, browser, network } = session);
});

describe('the Google content script', () => {
  it('runs on the Google Account pages only, apart from the Facebook one', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    const scripts = manifest.content_scripts as { matches: string[]; js: string[] }[];
    const google = scripts.filter((script) => script.matches.includes('https://myaccount.google.com/*'));
    expect(google.map((script) => script.matches)).toEqual([['https://myaccount.google.com/*']]);
    const facebook = scripts.filter((script) => script.matches.includes('https://*.facebook.com/*'));
    expect(google[0]?.js.some((file) => facebook.some((script) => script.js.includes(file)))).toBe(false);
  });

  it('reads 2-Step Verification off on the security page, and the popup shows it under Google', async () => {
    await clearStorage();
    const tab = await open(SECURITY, 'google/two-factor/security.en.risky.html');
    await expect
      .poll(async () => (await finding('google.two-factor'))?.state, { timeout: 10_000 })
      .toBe('risky');
    expect(await finding('google.two-factor')).toMatchObject({
      platform: 'google',
      evidence: { value: '2-Step Verification is off' },
    });
    await tab.close();

    const popup = await popupIn('en');
    const item = popup.locator('[data-platform="google"] [data-check="google.two-factor"]');
    await expect.poll(() => item.getAttribute('data-state')).toBe('risky');
    expect(await item.locator('summary').textContent()).toContain('Google 2-Step Verification');
    await item.locator('summary').click();
    expect(await item.getByRole('link', { name: 'Open this setting' }).getAttribute('href')).toBe(TWOSV);
    await popup.close();
  });

  it('reads it on in Khmer on the 2-Step Verification page, and the Khmer popup shows it', async () => {
    const tab = await open(TWOSV, 'google/two-factor/twosv.km.safe.html');
    await expect
      .poll(async () => (await finding('google.two-factor'))?.state, { timeout: 10_000 })
      .toBe('safe');
    await tab.close();
    const popup = await popupIn('km');
    const item = popup.locator('[data-platform="google"] [data-check="google.two-factor"]');
    await expect.poll(() => item.getAttribute('data-state')).toBe('safe');
    expect(await item.locator('summary').textContent()).toContain('ការផ្ទៀងផ្ទាត់ 2 ជំហានរបស់ Google');
    await popup.close();
  });

  it('Check now opens the 2-Step Verification page in a background tab, reads it and closes it', async () => {
    await clearStorage();
    server.route('myaccount.google.com', '/signinoptions/twosv', 'google/two-factor/twosv.en.risky.html');
    const popup = await popupIn('en');
    await popup.locator('[data-action="check-now:google"]').click();
    const status = popup.locator('[data-platform="google"] [data-run-status]');
    await expect.poll(() => status.getAttribute('data-run-status'), { timeout: 30_000 }).toBe('done');
    expect((await finding('google.two-factor'))?.state).toBe('risky');
    expect(browser.context.pages().filter((page) => page.url().includes('google.com'))).toEqual([]);
    await popup.close();
  });
});

describe('Check now, signed out of Google', () => {
  const run = () => stored<{ status: string; stoppedAt?: string }>(browser.worker, 'check-run');

  it('stops at the sign-in page Google sends it to, closes the tab, and says to sign in to Google', async () => {
    await clearStorage();
    server.redirect('myaccount.google.com', '/signinoptions/twosv', SERVICE_LOGIN);
    server.redirect('accounts.google.com', '/ServiceLogin', SIGN_IN);
    server.route('accounts.google.com', '/v3/signin/identifier', 'google/sign-in/identifier.en.html');
    const popup = await popupIn('en');
    await popup.locator('[data-action="check-now:google"]').click();
    const section = popup.locator('[data-platform="google"]');
    const status = section.locator('[data-run-status]');
    // Only the quiet wait after the load ends a run so: the page timeout would have ended it "incomplete".
    await expect.poll(() => status.getAttribute('data-run-status'), { timeout: 30_000 }).toBe('not-reached');
    expect(await run()).toMatchObject({ status: 'not-reached', stoppedAt: TWOSV });
    expect(server.requests).toContain(
      `accounts.google.com${new URL(SIGN_IN).pathname}${new URL(SIGN_IN).search}`,
    );
    expect(browser.context.pages().filter((page) => page.url().includes('google.com'))).toEqual([]);
    expect(await status.textContent()).toBe(
      'Your Google settings page did not open: you may need to sign in. Open the page, sign in if asked, then press "Check now" again.',
    );
    expect(await axeViolations(popup)).toEqual([]);

    // The link opens the page it tried in a tab of the user's own, where Google asks them to sign in.
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      section.getByRole('link', { name: 'Open the Google page' }).click(),
    ]);
    await tab.waitForURL(SIGN_IN);
    expect(await tab.title()).toBe('Sign in - Google Accounts');
    await tab.close();
    await popup.close();
  });

  it('says the same in Khmer, naming Google', async () => {
    const popup = await popupIn('km');
    const section = popup.locator('[data-platform="google"]');
    await expect.poll(() => section.locator('[data-run-status]').textContent()).toContain('ហ្គូហ្គល (Google)');
    expect(await section.getByRole('link', { name: 'បើកទំព័រ ហ្គូហ្គល (Google)' }).getAttribute('href')).toBe(
      TWOSV,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe('the account list', () => {
  it('learns Google 2-Step Verification read on its page: the popup and the reminders page show it on', async () => {
    await store(browser.worker, { accounts: { used: ['google'], security: {} } });
    const before = await popupIn('en');
    const attention = before.locator('[data-section="reminders"] [data-attention]');
    const unknown = Number(await attention.getAttribute('data-attention'));
    await before.close();

    const tab = await open(SECURITY, 'google/two-factor/security.en.safe.html');
    await expect
      .poll(
        async () =>
          (await stored<{ security: Record<string, unknown> }>(browser.worker, 'accounts'))?.security.google,
        {
          timeout: 10_000,
        },
      )
      .toMatchObject({ twoFactor: { status: 'on', source: 'detected' } });
    await tab.close();

    // One thing less needs attention: Google's two-factor login, no longer unknown.
    const popup = await popupIn('en');
    await expect
      .poll(() => popup.locator('[data-section="reminders"] [data-attention]').getAttribute('data-attention'))
      .toBe(String(unknown - 1));
    await popup.close();
    const page = await browser.openPage('reminders.html');
    const google = page.locator('[data-account="google"]');
    await expect.poll(() => google.getAttribute('data-two-factor')).toBe('on');
    expect(await google.textContent()).toContain('Read from the settings page');
    await page.close();
  });
});

describe('network silence', () => {
  it('made no request of its own while the tests above browsed', () => {
    // Check now's own tab, and where Google sent it, are the user's request, not the extension's traffic.
    const asked = new Set([TWOSV, SERVICE_LOGIN, SIGN_IN]);
    expect(
      network.requests.filter(({ url }) => !asked.has(url)).map(({ url, from }) => `${url} from ${from}`),
    ).toEqual([]);
  });
});
