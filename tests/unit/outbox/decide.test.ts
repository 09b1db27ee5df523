import { describe, expect, it } from 'vitest';
import {
  type Attempt,
  backoff,
  classify,
  dueEntries,
  nextWake,
  RETRY_AFTER_CAP_MS,
  RETRY_BASE_MS,
  RETRY_CAP_MS,
  recordOutcome,
  resumePermissionStops,
  retryAfterMs,
} from '../../../lib/outbox/decide';
import { enqueue } from '../../../lib/outbox/enqueue';
import { OutboxSchema } from '../../../lib/outbox/schema';
import { testRecords } from './records';

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const COLLECTOR = 'https://survey.example.org';
const half = () => 0.5;
const response = (status: number, body: unknown, retryAfter: string | null = null): Attempt => ({
  kind: 'response',
  status,
  body,
  retryAfter,
});

describe('classify', () => {
  it('takes 201 and 200 with a receipt as sent', () => {
    expect(classify(response(201, { receipt: 'r1' }), 1, NOW, half)).toEqual({
      state: 'sent',
      receipt: 'r1',
    });
    expect(classify(response(200, { receipt: 'r1' }), 3, NOW, half)).toEqual({
      state: 'sent',
      receipt: 'r1',
    });
  });

  it('does not take a 2xx without a receipt (a captive portal’s page) as an acknowledgement', () => {
    expect(classify(response(200, undefined), 1, NOW, half).state).toBe('waiting');
    expect(classify(response(201, { receipt: '' }), 1, NOW, half).state).toBe('waiting');
  });

  it.each([
    [400, { error: 'invalid-record' }, 'bad-request'],
    [404, { error: 'unknown-campaign' }, 'unknown-campaign'],
    [409, { error: 'campaign-closed' }, 'closed'],
    [409, { error: 'key-conflict' }, 'conflict'],
    [413, { error: 'body-too-large' }, 'too-large'],
    [410, { error: 'campaign-purged' }, 'refused'],
    [403, undefined, 'refused'],
  ])('stops on %i %j with %s', (status, body, problem) => {
    expect(classify(response(status, body), 1, NOW, half)).toEqual({ state: 'stopped', problem });
  });

  it.each([500, 502, 503, 408])('retries on %i after a backoff', (status) => {
    expect(classify(response(status, undefined), 1, NOW, half)).toEqual({
      state: 'waiting',
      dueAt: NOW + backoff(1, half),
    });
  });

  it('retries after a network error', () => {
    expect(classify({ kind: 'network-error' }, 2, NOW, half)).toEqual({
      state: 'waiting',
      dueAt: NOW + backoff(2, half),
    });
  });

  it('honours Retry-After on 429 in seconds and as an HTTP date', () => {
    expect(classify(response(429, {}, '120'), 1, NOW, half)).toEqual({
      state: 'waiting',
      dueAt: NOW + 120_000,
    });
    const date = new Date(NOW + 90_000).toUTCString();
    expect(classify(response(429, {}, date), 1, NOW, half)).toEqual({
      state: 'waiting',
      dueAt: NOW + 90_000,
    });
  });

  it('waits at least the backoff, so "Retry-After: 0" or a past date starts no tight loop', () => {
    for (const header of ['0', new Date(NOW - 60_000).toUTCString()]) {
      expect(classify(response(429, {}, header), 3, NOW, half)).toEqual({
        state: 'waiting',
        dueAt: NOW + backoff(3, half),
      });
    }
  });

  it('falls back to the backoff on a 429 without a usable Retry-After', () => {
    expect(classify(response(429, {}, 'soon'), 4, NOW, half)).toEqual({
      state: 'waiting',
      dueAt: NOW + backoff(4, half),
    });
  });
});

describe('backoff and Retry-After', () => {
  it('doubles from the base, with jitter between half and all of it, up to the cap', () => {
    expect(backoff(1, () => 0)).toBe(RETRY_BASE_MS / 2);
    expect(backoff(1, () => 0.999_999)).toBeCloseTo(RETRY_BASE_MS, -1);
    expect(backoff(3, () => 0)).toBe(2 * RETRY_BASE_MS);
    expect(backoff(40, () => 0.999_999)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(backoff(40, () => 0)).toBe(RETRY_CAP_MS / 2);
  });

  it('reads delay-seconds and dates, caps both at a day, and ignores nonsense', () => {
    expect(retryAfterMs(' 5 ', NOW)).toBe(5000);
    expect(retryAfterMs('9999999', NOW)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryAfterMs(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMs('-3', NOW)).toBeUndefined();
    expect(retryAfterMs(null, NOW)).toBeUndefined();
  });
});

describe('the outbox over time', () => {
  const [main, followup] = testRecords();
  const queued = enqueue([], { collector: COLLECTOR, records: [main, followup] }, NOW, () => 0.25);

  it('sends the main record now and holds the follow-up for its own random delay', () => {
    expect(OutboxSchema.parse(queued)).toEqual(queued);
    expect(dueEntries(queued, NOW).map((entry) => entry.key)).toEqual([main.key]);
    expect(queued[1]).toMatchObject({ key: followup.key, dueAt: NOW + 6 * 60 * 60 * 1000, attempts: 0 });
    expect(nextWake(queued)).toBe(NOW);
  });

  it('records outcomes: attempts count, a receipt ends waiting, the follow-up is the next wake-up', () => {
    const sent = recordOutcome(queued, main.key, { state: 'sent', receipt: 'r1' });
    expect(sent[0]).toMatchObject({ state: 'sent', receipt: 'r1', attempts: 1 });
    expect(OutboxSchema.parse(sent)).toEqual(sent);
    expect(nextWake(sent)).toBe(queued[1]?.dueAt);
    expect(dueEntries(sent, NOW + 24 * 60 * 60 * 1000).map((entry) => entry.key)).toEqual([followup.key]);
    // An answer that comes back for an entry no longer waiting changes nothing.
    expect(recordOutcome(sent, main.key, { state: 'stopped', problem: 'closed' })).toEqual(sent);
  });

  it('lets records stopped for want of a permission wait again, the follow-up for its own delay', () => {
    const noOrigin = recordOutcome(queued, main.key, { state: 'stopped', problem: 'permission-needed' });
    const bothStopped = recordOutcome(noOrigin, followup.key, { state: 'stopped', problem: 'sharing-off' });
    const resumed = resumePermissionStops(bothStopped, NOW + 1000);
    expect(OutboxSchema.parse(resumed)).toEqual(resumed);
    expect(resumed[0]).toMatchObject({ state: 'waiting', dueAt: NOW + 1000, attempts: 1 });
    expect(resumed[1]).toMatchObject({ state: 'waiting', dueAt: queued[1]?.dueAt, attempts: 1 });
    expect(resumed.some((entry) => 'problem' in entry)).toBe(false);
    const refused = recordOutcome(queued, main.key, { state: 'stopped', problem: 'closed' });
    expect(resumePermissionStops(refused, NOW + 1000)).toEqual(refused);
  });

  it('keeps a stopped record with its problem, and waits for nothing once all are done', () => {
    const stopped = recordOutcome(queued, main.key, { state: 'stopped', problem: 'bad-request' });
    expect(stopped[0]).toMatchObject({ state: 'stopped', problem: 'bad-request', record: main });
    const done = recordOutcome(stopped, followup.key, { state: 'sent', receipt: 'r2' });
    expect(nextWake(done)).toBeUndefined();
    expect(dueEntries(done, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });
});
