import type { RandomSource } from '../survey/random';
import { isPermissionProblem, type Outbox, type OutboxEntry, type OutboxProblem } from './schema';

/** The first retry after a failed attempt waits about this long; each further one doubles it. */
export const RETRY_BASE_MS = 60 * 1000;
/** However often it failed, a record is tried again at least this often while it waits. */
export const RETRY_CAP_MS = 60 * 60 * 1000;
/** A collector's Retry-After is honoured up to a day, so a wrong header cannot park answers for good. */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60 * 1000;

/** What came back from one attempt. */
export type Attempt =
  | { kind: 'response'; status: number; retryAfter: string | null; body: unknown }
  /** No answer: offline, DNS, refused connection, TLS, a redirect (refused by the fetch), a timeout. */
  | { kind: 'network-error' };

export type Outcome =
  | { state: 'sent'; receipt: string }
  | { state: 'stopped'; problem: OutboxProblem }
  | { state: 'waiting'; dueAt: number };

/**
 * Exponential backoff with jitter: after the `attempts`-th failure, wait between half and all of
 * base·2^(attempts−1), capped; the jitter keeps many participants of one workshop from retrying in step.
 */
export function backoff(attempts: number, random: RandomSource): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A Retry-After header as milliseconds from `now`: delay-seconds or an HTTP date; undefined if neither. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.min(RETRY_AFTER_CAP_MS, Number(text) * 1000);
  // An HTTP date names its day and month; without a letter, Date.parse would read "-3" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, date - now));
}

function receiptOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('receipt' in body)) return undefined;
  const { receipt } = body;
  return typeof receipt === 'string' && receipt !== '' ? receipt : undefined;
}

function errorOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
}

/** The refusals that stop sending: the collector understood and said no, so trying again cannot help. */
function problemOf(status: number, body: unknown): OutboxProblem | undefined {
  if (status === 400) return 'bad-request';
  if (status === 404) return 'unknown-campaign';
  if (status === 413) return 'too-large';
  if (status === 409) return errorOf(body) === 'key-conflict' ? 'conflict' : 'closed';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused';
  return undefined;
}

/**
 * What to do with a record after an attempt, its `attempts`-th. A 2xx without a receipt (a captive
 * portal's page, say) is not an acknowledgement, so the record waits and is tried again.
 */
export function classify(attempt: Attempt, attempts: number, now: number, random: RandomSource): Outcome {
  if (attempt.kind === 'response') {
    const { status, body } = attempt;
    const receipt = receiptOf(body);
    if ((status === 200 || status === 201) && receipt) return { state: 'sent', receipt };
    const problem = problemOf(status, body);
    if (problem) return { state: 'stopped', problem };
  }
  const wait = backoff(attempts, random);
  // Never sooner than Retry-After says, nor than the backoff: "Retry-After: 0" must not start a tight loop.
  const asked =
    attempt.kind === 'response' && attempt.status === 429 ? retryAfterMs(attempt.retryAfter, now) : undefined;
  return { state: 'waiting', dueAt: now + Math.max(wait, asked ?? 0) };
}

/** The entries to send now, the earliest due first. */
export function dueEntries(outbox: Outbox, now: number): OutboxEntry[] {
  return outbox
    .filter((entry) => entry.state === 'waiting' && entry.dueAt <= now)
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** When the next waiting entry falls due; undefined when none waits. */
export function nextWake(outbox: Outbox): number | undefined {
  const times = outbox.filter((entry) => entry.state === 'waiting').map((entry) => entry.dueAt);
  return times.length === 0 ? undefined : Math.min(...times);
}

/** The outbox with one entry's attempt recorded; an entry no longer waiting is left alone. */
export function recordOutcome(outbox: Outbox, key: string, outcome: Outcome): Outbox {
  return outbox.map((entry) => {
    if (entry.key !== key || entry.state !== 'waiting') return entry;
    const attempts = entry.attempts + 1;
    const { record, collector, campaign, part } = entry;
    const base = { key, part, campaign, collector, record, attempts, dueAt: entry.dueAt };
    if (outcome.state === 'sent') return { ...base, state: 'sent', receipt: outcome.receipt };
    if (outcome.state === 'stopped') return { ...base, state: 'stopped', problem: outcome.problem };
    return { ...base, state: 'waiting', dueAt: outcome.dueAt };
  });
}

/**
 * The outbox with the entries stopped for want of a browser permission waiting again (of those, only
 * the `keys` given, if any), each due at its own time or now: a follow-up keeps its random delay.
 */
export function resumePermissionStops(outbox: Outbox, now: number, keys?: ReadonlySet<string>): Outbox {
  return outbox.map((entry): OutboxEntry => {
    if (!isPermissionProblem(entry.problem) || (keys && !keys.has(entry.key))) return entry;
    const { problem: _, ...rest } = entry;
    return { ...rest, state: 'waiting', dueAt: Math.max(now, entry.dueAt) };
  });
}
