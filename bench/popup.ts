import type { Page } from 'puppeteer-core';
import { type BenchBrowser, launch, newPage, sleep } from './browser';
import { type Figure, medianFigure } from './figures';
import type { Plan } from './plan';

/*
 * Installed before the popup's own scripts, from outside the extension: notes when the popup first
 * shows its status (its first meaningful render), in ms since the page's navigation started.
 */
const RENDER_WATCH = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-status]')) return;
  window.benchRendered = performance.now();
  observer.disconnect();
}).observe(document, { subtree: true, childList: true });`;

async function openPopup(bench: BenchBrowser): Promise<{ page: Page; renderedMs: number }> {
  const { page } = await newPage(bench);
  await page.evaluateOnNewDocument(RENDER_WATCH);
  await page.goto(`chrome-extension://${bench.extensionId}/popup.html`);
  await page.waitForFunction('window.benchRendered !== undefined', { timeout: 10_000 });
  return { page, renderedMs: (await page.evaluate('window.benchRendered')) as number };
}

/** The first message the feed's content script sends, asked from the popup page. */
const FIRST_MESSAGE = {
  type: 'request-prompt',
  platform: 'facebook',
  context: 'feed',
  ids: ['facebook.two-factor'],
};

/**
 * Stops the worker, sends a message that wakes it, and returns the time from the new worker's
 * time origin (its global scope created, just before its script runs) to the answer arriving.
 */
async function coldStart(bench: BenchBrowser, page: Page): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  for (let waited = 0; bench.browser.targets().some((t) => t.type() === 'service_worker'); waited += 50) {
    if (waited > 10_000) throw new Error('the service worker did not stop');
    await sleep(50);
  }
  const { answered, ok } = (await page.evaluate(`(async () => {
    const reply = await chrome.runtime.sendMessage(${JSON.stringify(FIRST_MESSAGE)});
    return { answered: performance.timeOrigin + performance.now(), ok: reply?.ok === true };
  })()`)) as { answered: number; ok: boolean };
  if (!ok) throw new Error('the woken service worker did not answer');
  const target = await bench.browser.waitForTarget((t) => t.type() === 'service_worker');
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return answered - ((await worker.evaluate('performance.timeOrigin')) as number);
}

/** Each run in a fresh browser: the popup opened once, opened again, then the worker cold. */
export async function popupAndWorker(plan: Plan): Promise<Figure[]> {
  const first: number[] = [];
  const again: number[] = [];
  const cold: number[] = [];
  for (let run = 0; run < plan.popupRuns; run++) {
    plan.progress(`popup and service worker ${run + 1}/${plan.popupRuns}`);
    const bench = await launch(plan.port, true);
    try {
      // The worker's own start-up (install, storage) is over before anything is timed.
      await sleep(500);
      const opened = await openPopup(bench);
      first.push(opened.renderedMs);
      await opened.page.close();
      const reopened = await openPopup(bench);
      again.push(reopened.renderedMs);
      cold.push(await coldStart(bench, reopened.page));
    } finally {
      await bench.close();
    }
  }
  const render = { unit: 'ms', budget: { compare: '≤', value: 100 } } as const;
  return [
    medianFigure(
      { id: 'popup-render-first', label: 'popup: open → status shown, first open', ...render },
      first,
    ),
    medianFigure(
      { id: 'popup-render-again', label: 'popup: open → status shown, reopened', ...render },
      again,
    ),
    medianFigure(
      {
        id: 'worker-cold-start',
        label: 'service worker cold start → first message answered',
        unit: 'ms',
        budget: { compare: '≤', value: 50 },
        note: 'stopped through DevTools, woken by the feed’s first message',
      },
      cold,
    ),
  ];
}
