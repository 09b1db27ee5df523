import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permissions } from 'webextension-polyfill';
import { collectorPermission } from '../../lib/outbox/hide-origin';
import type { OutboxEntry } from '../../lib/outbox/schema';
import { OUTBOX_ALARM } from '../../lib/outbox/service';
import { buildRecords } from '../../lib/survey/record';
import { type ExtensionFirefox, launchFirefox } from './support/firefox';
import { FIREFOX_BUILD } from './support/paths';

const MANIFEST = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
/** The add-on's per-install id: it must reach no server. */
let UUID: string;

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers like a collector and keeps every request it receives, headers and all. */
const seen: Seen[] = [];
const server: Server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    const path = request.url ?? '';
    seen.push({ method: request.method ?? '', path, headers: request.headers, body });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
    if (path === '/set-cookie') {
      response.writeHead(200, { 'set-cookie': 'visitor=someone', 'content-type': 'text/html' });
      return response.end('<title>a page that sets a cookie</title>');
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST' });
      return response.end();
    }
    response.writeHead(201, { ...cors, 'content-type': 'application/json' });
    response.end(JSON.stringify({ receipt: `receipt-${seen.length}` }));
  });
});

let collector: string;
let firefox: ExtensionFirefox | undefined;
let page: Page;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  collector = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Grants an optional permission on request without the doorhanger a test cannot click.
  firefox = await launchFirefox({ 'extensions.webextOptionalPermissionPrompts': false });
  const { browser } = firefox;
  UUID = firefox.uuid;
  // The collector's host now has a cookie in this browser; no submission may carry it.
  const tab = await browser.newPage();
  await tab.goto(`${collector}/set-cookie`);
  await tab.goto(`${collector}/page`);
  expect(seen.find((request) => request.path === '/page')?.headers.cookie).toBe('visitor=someone');
  await tab.close();
  page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: [] });
  await page.waitForSelector('h1', { timeout: 15_000 });
});

afterAll(async () => {
  await firefox?.close();
  server.close();
});

type FirefoxGlobal = { browser: typeof import('webextension-polyfill') };

async function outboxEntries(): Promise<OutboxEntry[]> {
  return page.evaluate(async () => {
    const { storage } = (globalThis as unknown as FirefoxGlobal).browser;
    const { outbox } = await storage.local.get('outbox');
    return (outbox as { value?: OutboxEntry[] } | undefined)?.value ?? [];
  });
}

const submissions = () => seen.filter((request) => request.path === '/api/v1/submissions');

/** The optional permissions this add-on holds now, as Firefox lists them. */
async function granted(): Promise<{ origins?: string[]; data_collection?: string[] }> {
  return page.evaluate(async () => {
    const { origins, data_collection } = await (
      globalThis as unknown as FirefoxGlobal
    ).browser.permissions.getAll();
    return { origins, data_collection };
  });
}

/** Brings every waiting record's due time to now and rings the outbox's alarm, as time passing would. */
async function ringOutbox() {
  await page.evaluate(async (alarm) => {
    const { storage, alarms } = (globalThis as unknown as FirefoxGlobal).browser;
    const { outbox } = (await storage.local.get('outbox')) as { outbox: { value: OutboxEntry[] } };
    for (const entry of outbox.value) entry.dueAt = Math.min(entry.dueAt, Date.now());
    await storage.local.set({ outbox });
    alarms.create(alarm, { when: Date.now() });
  }, OUTBOX_ALARM);
}

/** A button on the page that runs `permissions.request` from a real click, as the survey's Send does. */
async function requestOnClick(permission: Permissions.Permissions) {
  await page.evaluate((asked) => {
    document.getElementById('ask')?.remove();
    const button = document.createElement('button');
    button.id = 'ask';
    button.textContent = 'Ask';
    button.addEventListener('click', async () => {
      const { permissions } = (globalThis as unknown as FirefoxGlobal).browser;
      document.body.dataset.asked = String(await permissions.request(asked));
    });
    document.body.append(button);
  }, permission);
  await page.click('#ask');
  await expect.poll(() => page.evaluate(() => document.body.dataset.asked), { timeout: 15_000 }).toBe('true');
}

function expectNoIdentifier(request: Seen) {
  const headers = JSON.stringify(request.headers).toLowerCase();
  expect(headers).not.toContain(UUID);
  expect(headers).not.toContain('moz-extension');
  expect(request.headers.origin).toBeUndefined();
  expect(request.headers.cookie).toBeUndefined();
  expect(request.headers.referer).toBeUndefined();
  expect(request.body).not.toContain(UUID);
}

/** A participant's main record and follow-up, told apart by their organisation type. */
function mainAndFollowup(orgType: 'cbo' | 'fngo') {
  const built = buildRecords({
    campaign: 'pp-2026-q4',
    answers: { adult: 'yes', org_type: orgType, security_problem_last_year: 'no' },
  });
  if (!built.ok || !built.followup) throw new Error('the answers build a main and a follow-up record');
  return { main: built.main, followup: built.followup };
}

describe('Firefox ESR sends survey records without its per-install id', () => {
  it('reaches no site at install: the collector’s host is optional, HTTPS (or this computer) only', () => {
    expect(MANIFEST.permissions).toEqual([
      'storage',
      'alarms',
      'notifications',
      'declarativeNetRequestWithHostAccess',
    ]);
    expect(MANIFEST.optional_permissions).toEqual([
      'tabs',
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    expect(MANIFEST.host_permissions).toBeUndefined();
  });

  it('declares that nothing is collected unless the participant opts in to sharing their answers', () => {
    expect(MANIFEST.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
      optional: ['personallyIdentifyingInfo'],
    });
  });

  it('asks for the collector’s origin and consent to share on the click, then sends without Origin, cookie or referrer', async () => {
    const { main, followup } = mainAndFollowup('cbo');

    // The survey page's Send: the permission request must come from the user's click.
    await page.evaluate(
      (origin, records, permission) => {
        const button = document.createElement('button');
        button.id = 'send';
        button.textContent = 'Send';
        button.addEventListener('click', async () => {
          const { permissions, runtime } = (globalThis as unknown as FirefoxGlobal).browser;
          try {
            const granted = await permissions.request(permission);
            const reply = granted
              ? await runtime.sendMessage({ type: 'survey-send', collector: origin, records })
              : 'refused';
            document.body.dataset.reply = JSON.stringify(reply);
          } catch (error) {
            document.body.dataset.reply = String(error);
          }
        });
        document.body.append(button);
      },
      collector,
      [main, followup],
      collectorPermission(collector),
    );
    await page.click('#send');
    await expect
      .poll(() => page.evaluate(() => document.body.dataset.reply), { timeout: 15_000 })
      .toBe(JSON.stringify({ ok: true, data: { keys: [main.key, followup.key] } }));
    const held = await granted();
    expect(held.origins).toContain('http://127.0.0.1/*');
    expect(held.data_collection).toEqual(['personallyIdentifyingInfo']);

    await expect.poll(() => submissions().length, { timeout: 15_000 }).toBe(1);
    const [first] = submissions();
    if (!first) throw new Error('no submission arrived');
    expect(JSON.parse(first.body)).toEqual(main);
    expectNoIdentifier(first);
    await expect
      .poll(async () => (await outboxEntries()).map((entry) => [entry.part, entry.state]), {
        timeout: 15_000,
      })
      .toEqual([
        ['main', 'sent'],
        ['followup', 'waiting'],
      ]);

    // The follow-up waits for its own delay: bring it forward in storage and ring the outbox's alarm.
    const delay = (await outboxEntries())[1]?.dueAt ?? 0;
    expect(delay).toBeGreaterThan(Date.now() - 60_000);
    await ringOutbox();
    await expect.poll(() => submissions().length, { timeout: 15_000 }).toBe(2);
    const [, second] = submissions();
    if (!second) throw new Error('no follow-up arrived');
    expect(JSON.parse(second.body)).toEqual(followup);
    expectNoIdentifier(second);
    await expect
      .poll(async () => (await outboxEntries()).map((entry) => entry.state), { timeout: 15_000 })
      .toEqual(['sent', 'sent']);
    // With the host permission there is no preflight: the add-on made the two submissions, nothing else.
    const tabRequests = ['/set-cookie', '/page', '/favicon.ico'];
    const fromAddOn = seen.filter((request) => !tabRequests.includes(request.path));
    expect(fromAddOn.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/v1/submissions',
      'POST /api/v1/submissions',
    ]);
  });

  it('sends nothing while sharing is taken back, keeps the record with why, and sends it once given again', async () => {
    const { main, followup } = mainAndFollowup('fngo');
    const before = submissions().length;
    await requestOnClick(collectorPermission(collector));
    await page.evaluate(
      async (origin, records) => {
        await (globalThis as unknown as FirefoxGlobal).browser.runtime.sendMessage({
          type: 'survey-send',
          collector: origin,
          records,
        });
      },
      collector,
      [main, followup],
    );
    await expect.poll(() => submissions().length, { timeout: 15_000 }).toBe(before + 1);
    await expect
      .poll(async () => (await outboxEntries()).find((entry) => entry.key === followup.key)?.state, {
        timeout: 15_000,
      })
      .toBe('waiting');

    // The participant turns sharing off (as in the add-on's settings) before the follow-up is due.
    await page.evaluate(
      async (sharing) => {
        await (globalThis as unknown as FirefoxGlobal).browser.permissions.remove(sharing);
      },
      { data_collection: collectorPermission(collector).data_collection },
    );
    expect((await granted()).data_collection).toEqual([]);
    await ringOutbox();
    await expect
      .poll(async () => (await outboxEntries()).find((entry) => entry.key === followup.key), {
        timeout: 15_000,
      })
      .toMatchObject({ state: 'stopped', problem: 'sharing-off', record: followup });
    expect(submissions()).toHaveLength(before + 1);

    // Turned on again: the background hears it and sends the follow-up, with no Origin as before.
    await requestOnClick({ data_collection: collectorPermission(collector).data_collection });
    await expect.poll(() => submissions().length, { timeout: 15_000 }).toBe(before + 2);
    const last = submissions()[before + 1];
    if (!last) throw new Error('no follow-up arrived');
    expect(JSON.parse(last.body)).toEqual(followup);
    expectNoIdentifier(last);
    await expect
      .poll(async () => (await outboxEntries()).find((entry) => entry.key === followup.key)?.state, {
        timeout: 15_000,
      })
      .toBe('sent');
  });

  it('would send the id without the rule: a page’s own POST elsewhere still carries it', async () => {
    // The control: the same browser and add-on, a request the rule does not cover.
    await page.evaluate(async (url) => {
      await fetch(url, { method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer', body: '{}' });
    }, `${collector}/control`);
    const control = seen.find((request) => request.path === '/control');
    expect(control?.headers.origin).toBe(`moz-extension://${UUID}`);
  });
});
