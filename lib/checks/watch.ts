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

/** The parts of the page the checks read now (see CheckDefinition.scope), each once. */
const scopesOf = (checks: readonly CheckDefinition[], document: Document): Node[] => [
  ...new Set(checks.map((check) => check.scope?.(document) ?? document)),
];

/**
 * Whether a batch of changes can change what the checks read: a check's scope is another element
 * now, or a change lies inside a scope, on a scope's ancestor's attributes, or in the page's
 * language. Posts streaming into a feed beside the settings are none of these.
 */
function concerns(
  records: readonly MutationRecord[],
  scanned: readonly Node[],
  now: readonly Node[],
): boolean {
  if (now.length !== scanned.length || now.some((scope, index) => scope !== scanned[index])) return true;
  return records.some(
    ({ type, target, attributeName }) =>
      attributeName === 'lang' ||
      now.some((scope) => scope.contains(target) || (type === 'attributes' && target.contains(scope))),
  );
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
  /** The checks of the last scan, and the part of the page each read. */
  let active: CheckDefinition[] = [];
  let scanned: Node[] = [];

  function observe() {
    if (observer) return;
    observer = new MutationObserver((records) => {
      if (pending || !concerns(records, scanned, scopesOf(active, options.document))) return;
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
    active = checksForPage(options.checks, options.platform, options.url());
    if (active.length === 0) {
      stopObserving();
      return;
    }
    observe();
    scanned = scopesOf(active, options.document);
    const observations = runChecks(active, options.document, options.now());
    const report = fingerprint(observations);
    if (report === lastReport) return;
    lastReport = report;
    options.send(observations);
  }

  scan();
  return { rescan: scan, stop: stopObserving };
}
