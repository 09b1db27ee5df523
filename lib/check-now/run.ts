import type { CheckDefinition } from '../checks/definition';
import type { Platform } from '../platforms';
import type { CheckRun } from '../storage/items';
import type { PageOutcome } from './page-wait';

/** Each page a platform's checks read, once: the pages their deep links open. */
export function pagesToVisit(checks: readonly CheckDefinition[], platform: Platform): string[] {
  return [...new Set(checks.filter((check) => check.platform === platform).map((check) => check.deepLink))];
}

export interface CheckNowDeps {
  openTab(url: string): Promise<number>;
  closeTab(tabId: number): Promise<void>;
  /** Resolves when the tab's page is read, asks for a login, never shows, or time runs out. */
  waitForPage(tabId: number): Promise<PageOutcome>;
  setProgress(run: CheckRun): Promise<void>;
  now(): number;
}

/**
 * Opens each settings page in a background tab, one at a time, lets the content script read it,
 * and closes it. Stops at the first page that asks for a login or never shows, and keeps the page
 * it tried so the user can open it. A page that only loaded too slowly is counted as unread: the
 * others may still load. It only reads: it never clicks or changes anything on the page.
 */
export async function checkNow(
  platform: Platform,
  pages: readonly string[],
  deps: CheckNowDeps,
): Promise<CheckRun> {
  const startedAt = deps.now();
  let unread = 0;
  const progress = (status: CheckRun['status'], done: number, stoppedAt?: string): CheckRun => ({
    platform,
    status,
    done,
    total: pages.length,
    unread,
    startedAt,
    ...(stoppedAt === undefined ? {} : { stoppedAt }),
    ...(status === 'running' ? {} : { finishedAt: deps.now() }),
  });
  await deps.setProgress(progress('running', 0));
  for (const [index, url] of pages.entries()) {
    const tabId = await deps.openTab(url);
    let outcome: PageOutcome;
    try {
      outcome = await deps.waitForPage(tabId);
    } finally {
      await deps.closeTab(tabId).catch(() => undefined);
    }
    // No other page of the platform can be read until the user signs in.
    if (outcome === 'login-required' || outcome === 'not-reached') {
      const stopped = progress(outcome, index, url);
      await deps.setProgress(stopped);
      return stopped;
    }
    if (outcome === 'timed-out') unread++;
    await deps.setProgress(progress('running', index + 1));
  }
  const finished = progress(unread === 0 ? 'done' : 'incomplete', pages.length);
  await deps.setProgress(finished);
  return finished;
}
