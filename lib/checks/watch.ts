import type { Platform } from '../platforms';
import type { CheckDefinition } from './definition';
import { checksForPage, runChecks } from './engine';
import type { Observation } from './observation';

export interface WatchOptions {
  platform: Platform;
  checks: readonly CheckDefinition[];
  document: Document;
  url(): string;
  send(observations: Observation[]): void;
  /** Runs work later, off the mutation callback; batches bursts of changes into one scan. */
  schedule(run: () => void): void;
  now(): number;
}

/** Fingerprint of what a report says, so an unchanged page is not reported again. */
function fingerprint(observations: readonly Observation[]): string {
  return JSON.stringify(observations.map(({ checkId, state, evidence }) => [checkId, state, evidence]));
}

/**
 * Scans the page's settings when the URL has checks, and again when the page changes:
 * settings panels render late and platforms navigate without reloading. On pages
 * without checks it only waits for the next navigation.
 */
export function watchPage(options: WatchOptions) {
  let observer: MutationObserver | undefined;
  let pending = false;
  let lastReport = '';

  function observe() {
    if (observer) return;
    observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      options.schedule(() => {
        pending = false;
        scan();
      });
    });
    observer.observe(options.document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['aria-checked', 'aria-label', 'aria-pressed', 'aria-selected', 'lang'],
    });
  }

  function stopObserving() {
    observer?.disconnect();
    observer = undefined;
    pending = false;
  }

  function scan() {
    const active = checksForPage(options.checks, options.platform, options.url());
    if (active.length === 0) {
      stopObserving();
      return;
    }
    observe();
    const observations = runChecks(active, options.document, options.now());
    const report = fingerprint(observations);
    if (report === lastReport) return;
    lastReport = report;
    options.send(observations);
  }

  scan();
  return { rescan: scan, stop: stopObserving };
}
