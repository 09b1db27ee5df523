import type { BrowserContext, Page, Request } from 'playwright-core';
import type { FixtureServer } from './fixture-server';

export interface NetworkRecorder {
  /** Requests the extension made: what is left once the tests' own browsing is set aside. */
  requests: { url: string; from: string }[];
  /** Opens a page on purpose, so its navigation is not counted against the extension. */
  visit(page: Page, url: string): Promise<void>;
}

/**
 * Records every request of a browser context except the extension's own files, a page a test
 * opened, and the resources that page itself references (fixtures keep Facebook's CDN links, as
 * the real pages do). Anything else came from the extension, and nothing should.
 */
export function recordRequests(context: BrowserContext, server: FixtureServer): NetworkRecorder {
  const requests: NetworkRecorder['requests'] = [];
  const navigations = new Set<string>();
  context.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (request.isNavigationRequest() && navigations.has(url)) return;
    const worker = request.serviceWorker();
    if (!worker && server.pageResources.has(url)) return;
    // A navigation that opens a new tab (a link with target=_blank) comes before the tab's frame does.
    const from = worker
      ? `service worker ${worker.url()}`
      : request.isNavigationRequest()
        ? 'a navigation'
        : request.frame().url();
    requests.push({ url, from });
  });
  return {
    requests,
    async visit(page, url) {
      navigations.add(url);
      await page.goto(url);
    },
  };
}
