import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../lib/i18n/all';
import { translate } from '../../lib/i18n/translate';
import type { OutboxEntry } from '../../lib/outbox/schema';
import { findQuestion, QUESTIONNAIRE } from '../../lib/survey/questionnaire';
import { collectorCommand, type RunningCollector, startCollector } from '../../server/bench/spawn';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type NetworkRecorder, recordRequests } from './support/network';

/**
 * The survey end to end: the extension's tab and the collector's web page, both sending to a real
 * collector process on loopback (SQLite). Expects `npm run build` (the extension and dist/web) first.
 */

const TOKEN = 'survey-e2e-admin-token-0123456789';
const CAMPAIGN = 'survey-e2e';

let dataDir: string;
let collector: RunningCollector;
let fixtures: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;
/** The collector as the browser reaches it: plain http is allowed only on this computer. */
let site: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dhc-collector-'));
  const env = { DATA_DIR: dataDir, COLLECTOR_ADMIN_TOKEN: TOKEN, COLLECTOR_RATE_LIMIT: '0' };
  expect(collectorCommand(['campaign', 'create', CAMPAIGN], env).status).toBe(0);
  collector = await startCollector(env);
  fixtures = await startFixtureServer();
  // The browser resolves every other name (and address) to nowhere; localhost is mapped to the collector.
  const port = new URL(collector.url).port;
  site = `http://localhost:${port}`;
  browser = await launchWithExtension(fixtures.port, undefined, { localhost: Number(port) });
  network = recordRequests(browser.context, fixtures);
});

afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await fixtures?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
  translate('en', key, params);
const text = (id: string) => findQuestion(id)?.text.en as string;
const label = (id: string, code: string) =>
  findQuestion(id)?.choices.find((c) => c.code === code)?.label.en as string;
const title = (id: string) => QUESTIONNAIRE.sections.find((section) => section.id === id)?.title.en as string;

function choice(page: Page, id: string, code: string): Locator {
  return page
    .getByRole('group', { name: text(id), exact: true })
    .getByLabel(label(id, code), { exact: true });
}

/** Focus and press, as someone using the keyboard does: Space ticks a choice, Enter presses a button. */
async function tick(page: Page, id: string, code: string) {
  await choice(page, id, code).focus();
  await page.keyboard.press('Space');
  expect(await choice(page, id, code).isChecked()).toBe(true);
}
async function pressButton(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

/** A new screen puts the keyboard on its heading, so Tab goes on from the top of the screen. */
async function expectScreen(page: Page, heading: string) {
  const h2 = page.getByRole('heading', { level: 2, name: heading, exact: true });
  await h2.waitFor();
  await expect.poll(() => h2.evaluate((element) => element === document.activeElement)).toBe(true);
}

async function adminGet(path: string) {
  const response = await fetch(`${collector.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return response;
}

const mainRows = async () =>
  (await (await adminGet(`/api/v1/campaigns/${CAMPAIGN}/export.csv`)).text()).trim().split('\n').slice(1);

describe('the survey in the extension', () => {
  let page: Page;
  let sentJson: { key: string; part: string }[];

  it('is completed by keyboard and sent to the collector, whose export and indicators reflect it', async () => {
    page = await browser.openPage('survey.html');
    await page.getByRole('heading', { level: 2, name: en('survey.consent.heading') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, en('survey.consent.start'));

    await expectScreen(page, en('survey.link.heading'));
    await page.getByLabel(en('survey.link.label')).focus();
    await page.keyboard.type(`${site}/join/${CAMPAIGN}`);
    await page.keyboard.press('Enter');

    await expectScreen(page, en('survey.adult.heading'));
    // From the heading, Tab reaches the first answer.
    await page.keyboard.press('Tab');
    expect(await choice(page, 'adult', 'yes').evaluate((element) => element === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('Space');
    await pressButton(page, en('survey.next'));

    await expectScreen(page, title('about'));
    await tick(page, 'org_type', 'dngo');
    await tick(page, 'age_band', '18_30');
    await tick(page, 'gender', 'female');
    await pressButton(page, en('survey.next'));

    await expectScreen(page, title('internet'));
    await tick(page, 'internet_access', 'yes');
    await tick(page, 'internet_sources', 'home');
    await tick(page, 'social_networks', 'facebook');
    await tick(page, 'published_hr_politics', 'no');
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, en('survey.next'));

    await expectScreen(page, title('security'));
    await tick(page, 'security_problem_last_year', 'yes');
    await tick(page, 'security_problem_types', 'account_theft');
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('organisation'));
    await tick(page, 'backup_frequency', 'weekly');
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('opinions'));
    await pressButton(page, en('survey.next'));

    await expectScreen(page, en('survey.preview.heading'));
    expect(await axeViolations(page)).toEqual([]);
    sentJson = JSON.parse((await page.getByTestId('record-json').textContent()) ?? '');
    expect(sentJson.map((record) => record.part)).toEqual(['main', 'followup']);
    await pressButton(page, en('survey.preview.send'));

    await expectScreen(page, en('survey.done.heading'));
    const mainStatus = page.locator('.send-status li[data-part="main"]');
    await expect.poll(() => mainStatus.getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    const outbox = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return ((await chrome.storage.local.get('outbox')).outbox as { value: OutboxEntry[] }).value;
    });
    const main = outbox.find((entry) => entry.key === sentJson[0]?.key);
    expect(main?.receipt).toMatch(/^[0-9a-f]{32}$/);
    expect(await mainStatus.textContent()).toContain(
      en('survey.status.sent', { receipt: main?.receipt ?? '' }),
    );
    // The follow-up waits for its own random delay (the outbox's tests deliver it).
    expect(outbox.find((entry) => entry.key === sentJson[1]?.key)?.state).toBe('waiting');
    expect(await axeViolations(page)).toEqual([]);

    const rows = await mainRows();
    expect(rows).toHaveLength(1);
    const indicators = await (await adminGet(`/api/v1/campaigns/${CAMPAIGN}/indicators`)).json();
    expect(indicators.n).toBe(1);
    expect(indicators.indicators.internet_access.groups.all.n).toBe(1);
  });

  it('has no accessibility violations in Khmer', async () => {
    await page.getByRole('button', { name: 'ខ្មែរ (Khmer)' }).click();
    await page.getByRole('heading', { level: 2, name: translate('km', 'survey.done.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    expect(await axeViolations(page)).toEqual([]);
    // A fresh start in Khmer: the consent and a screen of questions.
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      await chrome.storage.local.remove('survey-draft');
    });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: translate('km', 'survey.consent.heading') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: translate('km', 'survey.consent.start') }).click();
    await page.getByLabel(translate('km', 'survey.link.label')).fill(`${site}/join/${CAMPAIGN}`);
    await page.getByRole('button', { name: translate('km', 'survey.next') }).click();
    // This install already answered this campaign: it says so and asks nothing more.
    await page.getByText(translate('km', 'survey.link.alreadySent', { campaign: CAMPAIGN })).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('made no requests but its submissions', () => {
    expect(network.requests.length).toBeGreaterThan(0);
    for (const request of network.requests) {
      expect(request.url).toBe(`${site}/api/v1/submissions`);
      expect(request.from).toMatch(/^service worker chrome-extension:\/\//);
    }
  });
});

describe('the survey on the web', () => {
  it('is completed and sent at 360 px from the campaign link, with nothing blocked by its policy', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    await network.visit(page, `${site}/join/${CAMPAIGN}?lang=km`);
    const km = (key: Parameters<typeof translate>[1]) => translate('km', key);
    await page.getByRole('heading', { level: 2, name: km('survey.consent.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    // The bundled Khmer font, served by the collector.
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ក')))
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'English' }).click();
    await pressButton(page, en('survey.consent.start'));
    // The campaign comes from the address: no link to paste.
    await expectScreen(page, en('survey.adult.heading'));
    await tick(page, 'adult', 'yes');
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('about'));
    await tick(page, 'org_type', 'none');
    await tick(page, 'gender', 'male');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('internet'));
    await tick(page, 'internet_access', 'yes');
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('security'));
    await tick(page, 'security_problem_last_year', 'no');
    await pressButton(page, en('survey.next'));
    await expectScreen(page, title('opinions'));
    await pressButton(page, en('survey.next'));
    await expectScreen(page, en('survey.preview.heading'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const records = JSON.parse((await page.getByTestId('record-json').textContent()) ?? '');
    expect(records[0].profile).toEqual({ org_type: 'none', age_band: 'undisclosed', gender: 'male' });
    expect(records[0].campaign).toBe(CAMPAIGN);
    await pressButton(page, en('survey.preview.send'));
    await expectScreen(page, en('survey.done.heading'));
    const status = page.locator('.send-status li[data-part="main"]');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    expect(await status.textContent()).toMatch(/Receipt: [0-9a-f]{32}/);
    expect(await axeViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);

    expect(await mainRows()).toHaveLength(2);
    const indicators = await (await adminGet(`/api/v1/campaigns/${CAMPAIGN}/indicators`)).json();
    expect(indicators.n).toBe(2);

    // Coming back to the link (in the link's language): the answers were sent, nothing new goes.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: km('survey.done.heading') }).waitFor();
    expect(await mainRows()).toHaveLength(2);
    await page.close();
  });
});
