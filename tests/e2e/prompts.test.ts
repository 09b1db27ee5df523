import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import type { ExtensionBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import type { NetworkRecorder } from './support/network';
import { stored as storedIn, store as storeIn } from './support/storage';
import { withExtension } from './support/with-extension';

const FEED = 'https://www.facebook.com/';
const SETTINGS = 'https://www.facebook.com/settings/?tab=privacy';
const TWO_FACTOR_ON = {
  'facebook.two-factor': { checkId: 'facebook.two-factor', platform: 'facebook', state: 'safe', seenAt: 1 },
};

let server: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;

const store = (values: Record<string, unknown>) => storeIn(browser.worker, values);
const stored = <T>(key: string) => storedIn<T>(browser.worker, key);

async function open(fixture: string, url = FEED): Promise<Page> {
  const { host, pathname } = new URL(url);
  server.route(host, pathname, fixture);
  const tab = await browser.context.newPage();
  await network.visit(tab, url);
  return tab;
}

const prompt = (tab: Page, id: string) => tab.locator(`[data-hygiene-prompt="${id}"]`);
const anyPrompt = (tab: Page) => tab.locator('[data-hygiene-prompt]');

/** Waits until a prompt is on the page and has been announced, and returns its live region. */
async function announced(tab: Page, id: string): Promise<Locator> {
  const status = prompt(tab, id).locator('[role=status]');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe('');
  return status;
}

/** A prompt that must not show: watched for a while, since "not yet" is not "never". */
async function staysAway(tab: Page, locator = anyPrompt(tab), ms = 1500) {
  for (let waited = 0; waited < ms; waited += 100) {
    expect(await locator.count()).toBe(0);
    await tab.waitForTimeout(100);
  }
}

async function openComposer(tab: Page): Promise<Locator> {
  await tab.locator('[data-opens-composer]').click();
  const dialog = tab.locator('[data-layer="dialogs"] [role=dialog]');
  await dialog.locator('[role=textbox]').waitFor();
  return dialog;
}

async function chooseAudience(dialog: Locator, audience: string) {
  await dialog.locator('[data-audience-button]').click();
  await dialog.locator(`[data-audience="${audience}"]`).click();
  await dialog.locator('[data-audience-done]').click();
}

/** The content script has read the settings page again (its report is newer than `since`). */
async function pageRead(checkId: string, since: number) {
  await expect
    .poll(
      async () => (await stored<Record<string, { seenAt: number }>>('findings'))?.[checkId]?.seenAt ?? 0,
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThan(since);
}

withExtension((session) => {
  ({ server, browser, network } = session);
});

beforeEach(async () => {
  for (const page of browser.context.pages()) if (page.url().includes('facebook.com')) await page.close();
});

describe('the composer prompt', () => {
  it('shows inside the composer on a large feed while the audience is Public, never taking focus', async () => {
    await store({ preferences: { language: 'en' }, findings: TWO_FACTOR_ON });
    const tab = await open('facebook/feed/feed.en.public.html');
    const dialog = await openComposer(tab);
    const status = await announced(tab, 'facebook.post-audience');
    expect(await status.textContent()).toContain('This post will be Public');
    expect(await dialog.locator('[data-hygiene-prompt="facebook.post-audience"]').count()).toBe(1);
    expect(await anyPrompt(tab).count()).toBe(1);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    for (const colorScheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme });
      expect(await axeViolations(tab, '[data-hygiene-prompt]'), colorScheme).toEqual([]);
    }
    await chooseAudience(dialog, 'friends');
    await expect.poll(() => anyPrompt(tab).count()).toBe(0);
    await tab.close();
  });

  it('stays away while the audience is Friends, and comes once it is Public', async () => {
    await store({ preferences: { language: 'en' }, findings: TWO_FACTOR_ON });
    const tab = await open('facebook/feed/feed.en.friends.html');
    const dialog = await openComposer(tab);
    await staysAway(tab);
    await chooseAudience(dialog, 'public');
    await announced(tab, 'facebook.post-audience');
    await tab.close();
  });

  it('speaks Khmer on a Khmer page, with room for Khmer and no font added to the page', async () => {
    await store({ preferences: { language: 'km' }, findings: TWO_FACTOR_ON });
    const tab = await open('facebook/feed/feed.km.public.html');
    await openComposer(tab);
    const status = await announced(tab, 'facebook.post-audience');
    expect(await status.textContent()).toContain('ការបង្ហោះនេះនឹងជាសាធារណៈ');
    const card = prompt(tab, 'facebook.post-audience').locator('[role=group]');
    expect(await card.getAttribute('lang')).toBe('km');
    const style = await card.evaluate((el) => {
      const { lineHeight, fontSize, fontFamily } = getComputedStyle(el);
      return { ratio: Number.parseFloat(lineHeight) / Number.parseFloat(fontSize), fontFamily };
    });
    expect(style.ratio).toBeCloseTo(1.7, 1);
    expect(style.fontFamily).toMatch(/^system-ui/);
    expect(await tab.evaluate(() => document.fonts.size)).toBe(0);
    expect(await axeViolations(tab, '[data-hygiene-prompt]')).toEqual([]);
    await tab.close();
  });
});

describe('the settings prompt', () => {
  it('shows what to choose instead, right after the risky setting', async () => {
    await store({ preferences: { language: 'en' } });
    const tab = await open('facebook/future-posts/www-privacy.en.risky.html', SETTINGS);
    const status = await announced(tab, 'facebook.future-posts');
    expect(await status.textContent()).toContain('Change it to Friends here.');
    const row = await prompt(tab, 'facebook.future-posts').evaluate((host) => ({
      inMain: host.closest('[role=main]') !== null,
      before: host.previousElementSibling?.textContent ?? '',
    }));
    expect(row.inMain).toBe(true);
    expect(row.before).toContain('Who can see your future posts?');
    await tab.close();
  });

  it('stays away on a safe settings page', async () => {
    await store({ preferences: { language: 'en' } });
    const tab = await open('facebook/future-posts/www-privacy.en.safe.html', SETTINGS);
    await pageRead('facebook.future-posts', 0);
    await staysAway(tab, prompt(tab, 'facebook.future-posts'));
    await tab.close();
  });
});

describe('the feed prompt', () => {
  it('asks for two-factor login once, with a link to the setting, and not again the same day', async () => {
    await store({ preferences: { language: 'en' } });
    const tab = await open('facebook/feed/feed.en.friends.html');
    const status = await announced(tab, 'facebook.two-factor');
    expect(await status.textContent()).toContain('Turn on two-factor login');
    const link = prompt(tab, 'facebook.two-factor').getByRole('link', { name: 'Open two-factor settings' });
    expect(new URL((await link.getAttribute('href')) ?? '').hostname).toMatch(/\.facebook\.com$/);
    expect(await prompt(tab, 'facebook.two-factor').evaluate((host) => getComputedStyle(host).position)).toBe(
      'fixed',
    );
    await tab.reload();
    await staysAway(tab);
    // The script is running all the same: the composer still gets its prompt.
    await chooseAudience(await openComposer(tab), 'public');
    await announced(tab, 'facebook.post-audience');
    expect(await prompt(tab, 'facebook.two-factor').count()).toBe(0);
    await tab.close();
  });
});

describe('answers', () => {
  it('"Not now", pressed by keyboard, persists across a reload and hands focus back', async () => {
    await store({ preferences: { language: 'en' } });
    const tab = await open('facebook/future-posts/www-privacy.en.risky.html', SETTINGS);
    await announced(tab, 'facebook.future-posts');
    const dismiss = prompt(tab, 'facebook.future-posts').getByRole('button', { name: 'Not now' });
    await dismiss.focus();
    await tab.keyboard.press('Shift+Tab');
    const before = await tab.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await expect.poll(() => anyPrompt(tab).count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);
    const { seenAt } = (await stored<Record<string, { seenAt: number }>>('findings'))?.[
      'facebook.future-posts'
    ] ?? {
      seenAt: 0,
    };
    await tab.reload();
    await pageRead('facebook.future-posts', seenAt);
    await staysAway(tab, prompt(tab, 'facebook.future-posts'));
    await tab.close();
  });

  it('"Don\'t show this again" persists across a reload, for that prompt only', async () => {
    await store({ preferences: { language: 'en' }, findings: TWO_FACTOR_ON });
    const tab = await open('facebook/feed/feed.en.public.html');
    await openComposer(tab);
    await announced(tab, 'facebook.post-audience');
    await prompt(tab, 'facebook.post-audience')
      .getByRole('button', { name: "Don't show this again" })
      .click();
    await expect
      .poll(async () => (await stored<{ turnedOff: string[] }>('prompts'))?.turnedOff)
      .toEqual(['facebook.post-audience']);
    await tab.reload();
    await openComposer(tab);
    await staysAway(tab);
    const settings = await open('facebook/future-posts/www-privacy.en.risky.html', SETTINGS);
    await announced(settings, 'facebook.future-posts');
    await settings.close();
    await tab.close();
  });

  it('the switch in options silences every prompt, at once and after, until it is on again', async () => {
    await store({ preferences: { language: 'en' } });
    const options = await browser.openPage('options.html');
    const toggle = options.getByRole('checkbox', { name: 'Show tips on Facebook pages' });
    await toggle.uncheck();
    await expect.poll(async () => (await stored<{ enabled: boolean }>('prompts'))?.enabled).toBe(false);

    const settings = await open('facebook/future-posts/www-privacy.en.risky.html', SETTINGS);
    await pageRead('facebook.future-posts', 0);
    await staysAway(settings);
    const feed = await open('facebook/feed/feed.en.public.html');
    await openComposer(feed);
    await staysAway(feed);

    await toggle.check();
    await announced(feed, 'facebook.post-audience');
    await options.close();
    await settings.close();
    await feed.close();
  });
});

describe('network silence', () => {
  it('made no request of its own while the prompts showed and were answered', () => {
    expect(network.requests.map((r) => `${r.url} from ${r.from}`)).toEqual([]);
  });

  it('would have noticed one from inside the feed page', async () => {
    const tab = await open('facebook/feed/feed.en.friends.html');
    await tab.evaluate(() => fetch('https://collector.example/leak').catch(() => undefined));
    await expect.poll(() => network.requests.map((r) => r.url)).toContain('https://collector.example/leak');
    await tab.close();
  });
});
