import { createApp } from '../../server/app';
import { Collector } from '../../server/collector';
import type { Store } from '../../server/store/types';

export const TOKEN = 'test-admin-token-0123456789abcdef';
export const ADMIN = { authorization: `Bearer ${TOKEN}` };

/** The app in-process (`app.request`), over `store`, rate limit off unless given. */
export function testApp(
  store: Store,
  options: { rateLimit?: number; clock?: () => number; now?: () => Date; webDir?: string } = {},
) {
  const collector = new Collector(store, options.now);
  const app = createApp({
    collector,
    adminToken: TOKEN,
    rateLimit: options.rateLimit ?? 0,
    clock: options.clock,
    webDir: options.webDir,
  });
  const submit = (body: unknown) =>
    app.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  return { app, collector, submit, get };
}
