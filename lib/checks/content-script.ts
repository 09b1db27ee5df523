import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { notify } from '../messages/notify';
import type { Platform } from '../platforms';
import type { CheckDefinition } from './definition';
import type { Observation } from './observation';
import { watchPage } from './watch';

/** What a platform's content script adds to reading its settings, e.g. Facebook's prompts. */
export interface PageExtras {
  observed?(observations: Observation[]): void;
  /** After the page has been scanned again at the URL a navigation announced. */
  navigated?(): void;
  stop?(): void;
}

/**
 * A platform content script's one job: read the settings its checks know on each page it is
 * shown, as the page renders and navigates, and report them to the background. `extras` is set up
 * first, with the current URL, so it sees the first scan's report.
 */
export function readSettingsPages(
  ctx: ContentScriptContext,
  platform: Platform,
  checks: readonly CheckDefinition[],
  extras: (url: () => string) => PageExtras = () => ({}),
) {
  // The navigation event fires before location.href changes, so follow the URL it announces.
  let url = location.href;
  const schedule = (run: () => void) => ctx.setTimeout(run, 200);
  const added = extras(() => url);
  const watcher = watchPage({
    platform,
    checks,
    document,
    url: () => url,
    send: (observations) => {
      notify({ type: 'report-observations', platform, observations });
      added.observed?.(observations);
    },
    schedule,
    now: Date.now,
  });
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    url = event.newUrl.href;
    watcher.rescan();
    added.navigated?.();
  });
  ctx.onInvalidated(() => {
    watcher.stop();
    added.stop?.();
  });
}
