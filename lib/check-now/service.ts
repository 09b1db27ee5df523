import { browser } from 'wxt/browser';
import type { Observation } from '../checks/observation';
import { CHECKS } from '../checks/registry';
import type { Handler } from '../messages/router';
import { checkRun } from '../storage/items';
import { checkNow, type PageOutcome, pagesToVisit } from './run';

/** Long enough for a slow connection to load a settings page; short enough not to look stuck. */
const PAGE_TIMEOUT_MS = 20_000;
/** Settings render in pieces: after the first value is read, wait this long for the rest. */
const SETTLE_MS = 2_500;

interface Waiter {
  resolve(outcome: PageOutcome): void;
  settle?: ReturnType<typeof setTimeout>;
}

const waiters = new Map<number, Waiter>();

function finish(tabId: number, outcome: PageOutcome) {
  const waiter = waiters.get(tabId);
  if (!waiter) return;
  waiters.delete(tabId);
  clearTimeout(waiter.settle);
  waiter.resolve(outcome);
}

function waitForPage(tabId: number): Promise<PageOutcome> {
  return new Promise((resolve) => {
    waiters.set(tabId, { resolve });
    setTimeout(() => finish(tabId, 'timed-out'), PAGE_TIMEOUT_MS);
  });
}

/** Called with every report from a content script: ends the wait for a tab "Check now" opened. */
export function pageReported(tabId: number | undefined, observations: readonly Observation[]) {
  const waiter = tabId === undefined ? undefined : waiters.get(tabId);
  if (!waiter || tabId === undefined) return;
  if (observations.every((observation) => observation.state !== 'unknown')) return finish(tabId, 'read');
  if (!waiter.settle && observations.some((observation) => observation.state !== 'unknown')) {
    waiter.settle = setTimeout(() => finish(tabId, 'read'), SETTLE_MS);
  }
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
      if (origin.tabId !== undefined) finish(origin.tabId, 'login-required');
    },
  };
