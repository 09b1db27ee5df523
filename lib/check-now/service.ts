import { browser } from 'wxt/browser';
import type { Observation } from '../checks/observation';
import { CHECKS } from '../checks/registry';
import type { Handler } from '../messages/router';
import { checkRun } from '../storage/items';
import {
  nextStep,
  type PageEvent,
  type PageOutcome,
  type PageTimer,
  type PageWait,
  WAIT_STARTED,
} from './page-wait';
import { checkNow, pagesToVisit } from './run';

/** Long enough for a slow connection to load a settings page; short enough not to look stuck. */
const PAGE_TIMEOUT_MS = 20_000;

const TIMER_MS: Record<PageTimer, number> = {
  /*
   * After the tab has loaded, how long a page of ours may stay silent before we take it for one we
   * do not read (a sign-in page elsewhere). Our content scripts run at document_idle, which Chromium
   * reaches by the end of the load the tab reports, and their first scan reports at once; Firefox
   * may wait for an idle moment after the load, and a busy computer delays the script and its
   * message. A few seconds cover that many times over and still spare a signed-out user most of
   * the PAGE_TIMEOUT_MS wait.
   */
  quiet: 5_000,
  /** Settings render in pieces: after the first value is read, wait this long for the rest. */
  settle: 2_500,
};

interface Waiter {
  resolve(outcome: PageOutcome): void;
  wait: PageWait;
  timers: Partial<Record<PageTimer | 'page', ReturnType<typeof setTimeout>>>;
}

const waiters = new Map<number, Waiter>();

/** Feeds what happened in a tab "Check now" opened to its wait, and runs the timers it asks for. */
function handle(tabId: number, event: PageEvent) {
  const waiter = waiters.get(tabId);
  if (!waiter) return;
  const step = nextStep(waiter.wait, event);
  waiter.wait = step.wait;
  if (step.stop) clearTimeout(waiter.timers[step.stop]);
  const timer = step.start;
  if (timer) {
    clearTimeout(waiter.timers[timer]);
    waiter.timers[timer] = setTimeout(() => handle(tabId, { type: `${timer}-over` }), TIMER_MS[timer]);
  }
  if (!step.outcome) return;
  waiters.delete(tabId);
  for (const pending of Object.values(waiter.timers)) clearTimeout(pending);
  waiter.resolve(step.outcome);
}

/** Without the `tabs` permission the browser tells no URL here, but it still tells how loading goes. */
function tabUpdated(tabId: number, change: { status?: string }) {
  if (change.status === 'loading') handle(tabId, { type: 'loading' });
  if (change.status === 'complete') handle(tabId, { type: 'loaded' });
}

async function waitForPage(tabId: number): Promise<PageOutcome> {
  const outcome = new Promise<PageOutcome>((resolve) => {
    waiters.set(tabId, {
      resolve,
      wait: WAIT_STARTED,
      timers: { page: setTimeout(() => handle(tabId, { type: 'timed-out' }), PAGE_TIMEOUT_MS) },
    });
  });
  // Listening only while a page is awaited: a listener kept for good would wake this worker for
  // every page the user loads in any tab.
  browser.tabs.onUpdated.addListener(tabUpdated);
  try {
    // The tab may have finished loading before the listener was added.
    if ((await browser.tabs.get(tabId).catch(() => undefined))?.status === 'complete') {
      handle(tabId, { type: 'loaded' });
    }
    return await outcome;
  } finally {
    browser.tabs.onUpdated.removeListener(tabUpdated);
  }
}

/** Called with every report from a content script: moves on the wait for a tab "Check now" opened. */
export function pageReported(tabId: number | undefined, observations: readonly Observation[]) {
  if (tabId !== undefined) handle(tabId, { type: 'reported', observations });
}

/** A run the service worker lost when it stopped cannot go on: say so instead of "running" forever. */
export async function markInterruptedRun() {
  const run = await checkRun.get();
  if (run?.status === 'running')
    await checkRun.set({ ...run, status: 'interrupted', finishedAt: Date.now() });
}

export const checkNowHandlers: { 'check-now': Handler<'check-now'>; 'page-status': Handler<'page-status'> } =
  {
    'check-now': async ({ platform }) => {
      if ((await checkRun.get())?.status === 'running') return;
      // Not awaited: the run takes many seconds, and the popup follows it through storage.
      void checkNow(platform, pagesToVisit(CHECKS, platform), {
        openTab: async (url) => {
          const tab = await browser.tabs.create({ url, active: false });
          if (tab.id === undefined) throw new Error('the browser gave the new tab no id');
          return tab.id;
        },
        closeTab: async (tabId) => {
          await browser.tabs.remove(tabId);
        },
        waitForPage,
        setProgress: (run) => checkRun.set(run),
        now: Date.now,
      }).catch(markInterruptedRun);
    },
    'page-status': async (_message, origin) => {
      if (origin.tabId !== undefined) handle(origin.tabId, { type: 'login-required' });
    },
  };
