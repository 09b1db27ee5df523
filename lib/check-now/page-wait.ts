import type { Observation } from '../checks/observation';

/**
 * What a tab opened by "Check now" told us before it was closed. `not-reached`: the tab loaded,
 * but no content script of ours ever spoke in it, so the page we asked for never showed: most
 * likely the platform sent the user to a sign-in page on a host we do not read.
 */
export type PageOutcome = 'read' | 'login-required' | 'not-reached' | 'timed-out';

/** What the browser or the page said about the tab, or which of the wait's timers ran out. */
export type PageEvent =
  | { type: 'loading' }
  | { type: 'loaded' }
  | { type: 'reported'; observations: readonly Observation[] }
  | { type: 'login-required' }
  | { type: 'quiet-over' }
  | { type: 'settle-over' }
  | { type: 'timed-out' };

/**
 * `quiet`: runs from the end of a load while nothing has been heard from the tab.
 * `settle`: runs once some settings are read, for the rest to render.
 */
export type PageTimer = 'quiet' | 'settle';

export interface PageWait {
  /**
   * A content script of ours spoke in the tab: the page was reached. It stays so through later
   * loads, since a platform moving between its own pages need not report again (see watch.ts).
   */
  heard: boolean;
  settling: boolean;
}

export interface PageStep {
  wait: PageWait;
  outcome?: PageOutcome;
  /** Starts this timer, or starts it again if it runs. */
  start?: PageTimer;
  stop?: PageTimer;
}

export const WAIT_STARTED: PageWait = { heard: false, settling: false };

/**
 * One step of waiting for a tab: what the wait now knows, and whether it is over. A redirect
 * loads the tab more than once, so each new load stops the quiet timer and its end starts it again.
 */
export function nextStep(wait: PageWait, event: PageEvent): PageStep {
  switch (event.type) {
    case 'loading':
      return wait.heard ? { wait } : { wait, stop: 'quiet' };
    case 'loaded':
      return wait.heard ? { wait } : { wait, start: 'quiet' };
    case 'reported': {
      const heard = { ...wait, heard: true };
      const { observations } = event;
      if (observations.every((observation) => observation.state !== 'unknown')) {
        return { wait: heard, outcome: 'read' };
      }
      if (!wait.settling && observations.some((observation) => observation.state !== 'unknown')) {
        return { wait: { ...heard, settling: true }, stop: 'quiet', start: 'settle' };
      }
      return { wait: heard, stop: 'quiet' };
    }
    case 'login-required':
      return { wait, outcome: 'login-required' };
    case 'quiet-over':
      return wait.heard ? { wait } : { wait, outcome: 'not-reached' };
    case 'settle-over':
      return { wait, outcome: 'read' };
    case 'timed-out':
      return { wait, outcome: 'timed-out' };
  }
}
