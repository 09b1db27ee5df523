import type { CheckDefinition } from '../checks/definition';
import type { Platform } from '../platforms';
import type { CheckRun } from '../storage/items';

/** Each page a platform's checks read, once: the pages their deep links open. */
export function pagesToVisit(checks: readonly CheckDefinition[], platform: Platform): string[] {
  return [...new Set(checks.filter((check) => check.platform === platform).map((check) => check.deepLink))];
}

/** What a tab opened by "Check now" told us before it was closed. */
export type PageOutcome = 'read' | 'login-required' | 'timed-out';

export interface CheckNowDeps {
  openTab(url: string): Promise<number>;
  closeTab(tabId: number): Promise<void>;
  /** Resolves when the tab's content script has read the page, finds a login form, or time runs out. */
  waitForPage(tabId: number): Promise<PageOutcome>;
  setProgress(run: CheckRun): Promise<void>;
  now(): number;
}

/**
 * Opens each settings page in a background tab, one at a time, lets the content script read it,
 * and closes it. Stops at the first login page: nothing can be read until the user logs in.
 * It only reads: it never clicks or changes anything on the page.
 */
export async function checkNow(
  platform: Platform,
  pages: readonly string[],
  deps: CheckNowDeps,
): Promise<CheckRun> {
  const startedAt = deps.now();
  const progress = (status: CheckRun['status'], done: number): CheckRun => ({
    platform,
    status,
    done,
    total: pages.length,
    startedAt,
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
    if (outcome === 'login-required') {
      const stopped = progress('login-required', index);
      await deps.setProgress(stopped);
      return stopped;
    }
    await deps.setProgress(progress('running', index + 1));
  }
  const finished = progress('done', pages.length);
  await deps.setProgress(finished);
  return finished;
}
