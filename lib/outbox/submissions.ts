import type { Attempt } from './decide';

/** Where a collector takes records (README: POST /api/v1/submissions). */
export const SUBMISSIONS_PATH = '/api/v1/submissions';
/** A hung connection must not hold the queue: give up on an attempt after this and retry later. */
const ATTEMPT_TIMEOUT_MS = 30_000;

/**
 * One POST of one record under its own key: no cookies, no cache, no referrer, no redirects. Free of
 * extension APIs, so the web survey sends the same way.
 */
export async function postRecord(send: typeof fetch, collector: string, record: unknown): Promise<Attempt> {
  try {
    const response = await send(`${collector}${SUBMISSIONS_PATH}`, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // A redirect (a captive portal, say) would turn the POST into a GET elsewhere: treat it as no answer.
      redirect: 'error',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(record),
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return {
      kind: 'response',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body,
    };
  } catch {
    return { kind: 'network-error' };
  }
}
