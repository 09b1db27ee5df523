import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../lib/outbox/schema';
import { OUTBOX_ALARM } from '../../lib/outbox/service';
import {
  buildRecords,
  type DeviceAnswers,
  type FollowupRecord,
  type MainRecord,
} from '../../lib/survey/record';
import { collectorCommand, type RunningCollector, startCollector } from '../../server/bench/spawn';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { type FixtureServer, selfSignedCertificate, startFixtureServer } from './support/fixture-server';
import { type NetworkRecorder, recordRequests } from './support/network';

const TOKEN = 'outbox-e2e-admin-token-0123456789';
/** The collector's public name; the browser resolves it to the front server below. */
const COLLECTOR_HOST = 'survey.example.org';
const origin = `https://${COLLECTOR_HOST}`;
const CAMPAIGN = 'outbox-e2e';

let dataDir: string;
let env: Record<string, string>;
let collector: RunningCollector | undefined;
let fixtures: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;
let page: Page;

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  key?: string;
  status?: number;
}

/**
 * A fixed address in front of the collector, so the extension keeps one collector origin while the
 * collector process stops and starts on new ports; it keeps the headers of every request. With the
 * collector down it drops the connection, as an unreachable server would.
 */
const seen: Seen[] = [];
const front: Server = createServer(selfSignedCertificate([COLLECTOR_HOST]), async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const entry: Seen = { method: request.method ?? '', path: request.url ?? '', headers: request.headers };
  if (body.length > 0) entry.key = JSON.parse(body.toString('utf8')).key;
  seen.push(entry);
  if (!collector) return request.socket.destroy();
  try {
    const answer = await fetch(`${collector.url}${request.url}`, {
      method: request.method,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(
          (pair): pair is [string, string] => typeof pair[1] === 'string' && pair[0] !== 'host',
        ),
      ),
      ...(body.length > 0 ? { body } : {}),
    });
    entry.status = answer.status;
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    request.socket.destroy();
  }
});

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dhc-collector-'));
  env = { DATA_DIR: dataDir, COLLECTOR_ADMIN_TOKEN: TOKEN, COLLECTOR_RATE_LIMIT: '0' };
  expect(collectorCommand(['campaign', 'create', CAMPAIGN], env).status).toBe(0);
  collector = await startCollector(env);
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  fixtures = await startFixtureServer();
  browser = await launchWithExtension(fixtures.port, undefined, {
    [COLLECTOR_HOST]: (front.address() as AddressInfo).port,
  });
  network = recordRequests(browser.context, fixtures);
  page = await browser.openPage('popup.html');
});

afterAll(async () => {
  await browser?.close();
  await collector?.stop();
  await fixtures?.close();
  front.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type ChromeGlobal = { chrome: typeof import('webextension-polyfill') };

function participant(
  answers: Partial<DeviceAnswers> = {},
  campaign = CAMPAIGN,
): [MainRecord, FollowupRecord] {
  const built = buildRecords({
    campaign,
    answers: {
      adult: 'yes',
      org_type: 'dngo',
      internet_access: 'yes',
      security_problem_last_year: 'yes',
      ...answers,
    },
  });
  if (!built.ok || !built.followup) throw new Error('these answers build a main and a follow-up record');
  return [built.main, built.followup];
}

/** What the survey page does on Send. */
async function send(records: [MainRecord, FollowupRecord]) {
  return page.evaluate(
    ([collector, records]) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        type: 'survey-send',
        collector,
        records,
      }),
    [origin, records] as const,
  );
}

async function entries(): Promise<OutboxEntry[]> {
  return page.evaluate(async () => {
    const { outbox } = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('outbox');
    return (outbox as { value?: OutboxEntry[] } | undefined)?.value ?? [];
  });
}

const entry = async (key: string) => (await entries()).find((candidate) => candidate.key === key);

/** Time travel: the entries with these keys fall due now; then the outbox's alarm rings. */
async function dueNowAndRing(keys: string[]) {
  await page.evaluate(
    async ([keys, alarm]) => {
      const { storage, alarms } = (globalThis as unknown as ChromeGlobal).chrome;
      const { outbox } = (await storage.local.get('outbox')) as { outbox: { value: OutboxEntry[] } };
      for (const entry of outbox.value) if (keys.includes(entry.key)) entry.dueAt = Date.now();
      await storage.local.set({ outbox });
      await alarms.create(alarm, { when: Date.now() });
    },
    [keys, OUTBOX_ALARM] as const,
  );
}

/** Rows the collector holds for the campaign, from its admin export. */
async function stored(part: 'main' | 'followup'): Promise<number> {
  if (!collector) throw new Error('the collector is not running');
  const response = await fetch(`${collector.url}/api/v1/campaigns/${CAMPAIGN}/export.csv?part=${part}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.text()).trim().split('\n').length - 1;
}

const posts = (key: string) => seen.filter((request) => request.method === 'POST' && request.key === key);

describe('the outbox in Chromium, sending to a real collector', () => {
  it('sends the main record at once and shows its receipt; the follow-up waits for its delay', async () => {
    const [main, followup] = participant();
    expect(await send([main, followup])).toEqual({ ok: true, data: { keys: [main.key, followup.key] } });
    await expect.poll(async () => (await entry(main.key))?.state, { timeout: 15_000 }).toBe('sent');
    expect((await entry(main.key))?.receipt).toMatch(/^[0-9a-f]{32}$/);
    expect(await stored('main')).toBe(1);
    expect(await entry(followup.key)).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(posts(followup.key)).toEqual([]);
    expect(await stored('followup')).toBe(0);

    // Chromium's origin is the extension's id, the same for every install of a store build.
    const [post] = posts(main.key);
    expect(post?.headers.origin).toBe(`chrome-extension://${browser.extensionId}`);
    expect(post?.headers.cookie).toBeUndefined();
    expect(post?.headers.referer).toBeUndefined();

    await dueNowAndRing([followup.key]);
    await expect.poll(async () => (await entry(followup.key))?.state, { timeout: 45_000 }).toBe('sent');
    expect(await stored('followup')).toBe(1);
  });

  it('keeps records waiting while the collector is down, across a service-worker restart, and delivers each once', async () => {
    await collector?.stop();
    collector = undefined;
    const [main, followup] = participant({ security_problem_last_year: 'no' });
    await send([main, followup]);
    await expect.poll(async () => (await entry(main.key))?.attempts, { timeout: 15_000 }).toBe(1);
    expect(await entry(main.key)).toMatchObject({ state: 'waiting' });
    await dueNowAndRing([main.key]);
    await expect.poll(async () => (await entry(main.key))?.attempts, { timeout: 45_000 }).toBe(2);
    expect((await entry(main.key))?.state).toBe('waiting');

    // Stop the service worker: whatever it held in memory is gone.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;

    collector = await startCollector(env);
    await dueNowAndRing([main.key, followup.key]);
    await expect
      .poll(async () => [(await entry(main.key))?.state, (await entry(followup.key))?.state], {
        timeout: 45_000,
      })
      .toEqual(['sent', 'sent']);
    expect(await stored('main')).toBe(2);
    expect(await stored('followup')).toBe(2);

    // Sending the same records again changes nothing and counts nothing twice.
    const before = await entries();
    await send([main, followup]);
    await dueNowAndRing([]);
    expect(await entries()).toEqual(before);
    expect(await stored('main')).toBe(2);
    // While it was down the browser's CORS preflight found no server, so the one POST that went out got a 201.
    expect(posts(main.key).map((request) => request.status)).toEqual([201]);
  });

  it('stops on a refusal, keeps the record and says why', async () => {
    const [unknown] = participant({}, 'no-such-campaign');
    await send([unknown, participant({}, 'no-such-campaign')[1]]);
    await expect.poll(async () => (await entry(unknown.key))?.state, { timeout: 15_000 }).toBe('stopped');
    expect(await entry(unknown.key)).toMatchObject({
      problem: 'unknown-campaign',
      record: unknown,
      attempts: 1,
    });

    expect(collectorCommand(['campaign', 'close', CAMPAIGN], env).status).toBe(0);
    const [late, lateFollowup] = participant();
    await send([late, lateFollowup]);
    await expect.poll(async () => (await entry(late.key))?.problem, { timeout: 15_000 }).toBe('closed');
    expect(await entry(late.key)).toMatchObject({ state: 'stopped', record: late });
  });

  it('made no requests but the submissions', () => {
    expect(network.requests.length).toBeGreaterThan(0);
    for (const request of network.requests) {
      expect(request.url).toBe(`${origin}/api/v1/submissions`);
      expect(request.from).toMatch(/^service worker chrome-extension:\/\//);
    }
  });
});
