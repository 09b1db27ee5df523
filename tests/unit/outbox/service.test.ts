import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SurveySend } from '../../../lib/outbox/enqueue';
import { outboxHandlers } from '../../../lib/outbox/handlers';
import type { PermissionProblem } from '../../../lib/outbox/schema';
import { createOutboxService, OUTBOX_ALARM } from '../../../lib/outbox/service';
import { outbox } from '../../../lib/storage/survey-items';
import { testRecords } from './records';

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const COLLECTOR = 'https://survey.example.org';
const HOUR = 60 * 60 * 1000;

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'offline';

/** A collector that answers each POST from the list; what it was sent is kept. */
function fakeCollector(...replies: Reply[]) {
  const requests: { url: string; init: RequestInit; record: { key: string } }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(url), init: init ?? {}, record: JSON.parse(String(init?.body)) });
    const reply = replies.shift() ?? 'offline';
    if (reply === 'offline') throw new TypeError('NetworkError when attempting to fetch resource.');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: reply.headers,
    });
  });
  return { fetch, requests };
}

type Prepare = () => Promise<PermissionProblem | null>;

function setup(collector: ReturnType<typeof fakeCollector>, prepare: Prepare = async () => null) {
  let now = NOW;
  const service = createOutboxService({ fetch: collector.fetch, now: () => now, random: () => 0.5, prepare });
  const handlers = outboxHandlers({ deliver: service.deliver, now: () => now, random: () => 0.25 });
  return {
    service,
    send: (records: SurveySend['records']) =>
      handlers['survey-send']({ type: 'survey-send', collector: COLLECTOR, records }),
    travel: (ms: number) => {
      now += ms;
    },
  };
}

const alarmTime = async () => (await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime;

/** What the background hears when a permission is granted (the fake browser has no permissions API). */
const permissionAdded: ((added: Browser.permissions.Permissions) => void)[] = [];
beforeEach(() => {
  permissionAdded.length = 0;
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((listener) => {
    permissionAdded.push(listener);
  });
});

describe('the outbox service', () => {
  it('posts the main record at once with no credentials, cache or referrer, and keeps the receipt', async () => {
    const collector = fakeCollector({ status: 201, body: { receipt: 'r-main' } });
    const { send, service } = setup(collector);
    const [main, followup] = testRecords();
    expect(await send([main, followup])).toEqual({ keys: [main.key, followup.key] });
    await service.deliver();

    expect(collector.requests).toHaveLength(1);
    const [request] = collector.requests;
    expect(request?.url).toBe(`${COLLECTOR}/api/v1/submissions`);
    expect(request?.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      headers: { 'content-type': 'application/json' },
    });
    expect(request?.record).toEqual(main);
    const [sent, waiting] = await outbox.get();
    expect(sent).toMatchObject({ key: main.key, state: 'sent', receipt: 'r-main', attempts: 1 });
    expect(waiting).toMatchObject({ key: followup.key, state: 'waiting', attempts: 0 });
    // The follow-up's own delay: a quarter of 24 hours, and the alarm is set for it.
    expect(await alarmTime()).toBe(NOW + 6 * HOUR);
  });

  it('keeps records waiting while the collector is unreachable and delivers each once when it is back', async () => {
    const collector = fakeCollector('offline', { status: 503 }, { status: 201, body: { receipt: 'r1' } });
    const { send, service, travel } = setup(collector);
    const [main] = testRecords();
    await send([main]);
    await service.deliver();
    expect((await outbox.get())[0]).toMatchObject({ state: 'waiting', attempts: 1 });
    const firstWake = await alarmTime();
    expect(firstWake).toBeGreaterThan(NOW);

    // Not due yet: nothing is sent.
    await service.deliver();
    expect(collector.requests).toHaveLength(1);

    travel(HOUR);
    await service.deliver();
    expect((await outbox.get())[0]).toMatchObject({ state: 'waiting', attempts: 2 });
    expect(await alarmTime()).toBeGreaterThan(firstWake ?? 0);

    travel(HOUR);
    await service.deliver();
    expect((await outbox.get())[0]).toMatchObject({ state: 'sent', receipt: 'r1', attempts: 3 });
    expect(collector.requests.map((request) => request.record.key)).toEqual([main.key, main.key, main.key]);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
  });

  it('stops on a refusal, keeps the record and its problem, and does not try again', async () => {
    const collector = fakeCollector({ status: 409, body: { error: 'campaign-closed', message: 'closed' } });
    const { send, service, travel } = setup(collector);
    const [main] = testRecords();
    await send([main]);
    await service.deliver();
    travel(48 * HOUR);
    await service.deliver();
    expect(collector.requests).toHaveLength(1);
    expect((await outbox.get())[0]).toMatchObject({ state: 'stopped', problem: 'closed', record: main });
  });

  it('waits as long as a 429’s Retry-After says', async () => {
    const collector = fakeCollector({ status: 429, body: {}, headers: { 'retry-after': '3600' } });
    const { send, service } = setup(collector);
    await send([testRecords()[0]]);
    await service.deliver();
    expect((await outbox.get())[0]).toMatchObject({ state: 'waiting', dueAt: NOW + HOUR });
    expect(await alarmTime()).toBe(NOW + HOUR);
  });

  it('sends nothing where the collector cannot be reached without an id of this install', async () => {
    const collector = fakeCollector({ status: 201, body: { receipt: 'r1' } });
    const { send, service } = setup(collector, async () => 'permission-needed');
    await send([testRecords()[0]]);
    await service.deliver();
    expect(collector.fetch).not.toHaveBeenCalled();
    expect((await outbox.get())[0]).toMatchObject({ state: 'stopped', problem: 'permission-needed' });
  });

  it('sends nothing while sharing is off, keeps the record with why, and sends it once sharing is back', async () => {
    const collector = fakeCollector(
      { status: 201, body: { receipt: 'r-main' } },
      { status: 201, body: { receipt: 'r-followup' } },
    );
    let blocked: PermissionProblem | null = null;
    const { send, service, travel } = setup(collector, async () => blocked);
    service.start();
    const [main, followup] = testRecords();
    await send([main, followup]);
    await service.deliver();
    expect((await outbox.get()).map((entry) => entry.state)).toEqual(['sent', 'waiting']);

    // Taken back in the add-on's settings before the follow-up is due.
    blocked = 'sharing-off';
    travel(24 * HOUR);
    await service.deliver();
    expect(collector.requests.map((request) => request.record.key)).toEqual([main.key]);
    expect((await outbox.get())[1]).toMatchObject({
      state: 'stopped',
      problem: 'sharing-off',
      record: followup,
    });
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();

    // Another permission granted meanwhile: checked again, still held back.
    for (const listener of permissionAdded) listener({ permissions: ['tabs'] });
    await vi.waitFor(async () => expect((await outbox.get())[1]?.attempts).toBe(2));
    expect((await outbox.get())[1]).toMatchObject({ state: 'stopped', problem: 'sharing-off' });
    expect(collector.requests).toHaveLength(1);

    blocked = null;
    for (const listener of permissionAdded) listener({});
    await vi.waitFor(async () =>
      expect((await outbox.get())[1]).toMatchObject({ state: 'sent', receipt: 'r-followup' }),
    );
    expect(collector.requests.map((request) => request.record)).toEqual([main, followup]);
  });

  it('sends one record at a time, even when asked to deliver again meanwhile', async () => {
    let inFlight = 0;
    let most = 0;
    const collector = fakeCollector();
    collector.fetch.mockImplementation(async (_url, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return Response.json({ receipt: `r-${JSON.parse(String(init?.body)).key}` }, { status: 201 });
    });
    const { send, service } = setup(collector);
    await send([testRecords()[0]]);
    await send([testRecords()[0]]);
    await Promise.all([service.deliver(), service.deliver(), service.deliver()]);
    expect(most).toBe(1);
    expect(collector.fetch).toHaveBeenCalledTimes(2);
    expect((await outbox.get()).map((entry) => entry.state)).toEqual(['sent', 'sent']);
  });

  it('answers its own alarm and leaves other alarms alone', async () => {
    const collector = fakeCollector({ status: 201, body: { receipt: 'r1' } });
    const { service } = setup(collector);
    await outbox.set([]);
    service.start();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    const [main] = testRecords();
    await outbox.set([
      {
        key: main.key,
        part: 'main',
        campaign: main.campaign,
        collector: COLLECTOR,
        record: main,
        state: 'waiting',
        dueAt: NOW,
        attempts: 0,
      },
    ]);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'reminders:daily',
      scheduledTime: NOW,
      persistAcrossSessions: true,
    });
    expect(collector.fetch).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: OUTBOX_ALARM,
      scheduledTime: NOW,
      persistAcrossSessions: true,
    });
    await vi.waitFor(async () => expect((await outbox.get())[0]?.state).toBe('sent'));
  });
});
