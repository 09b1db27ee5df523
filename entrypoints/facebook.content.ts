import { defineContentScript } from 'wxt/utils/define-content-script';
import { feedPage, isLoginPage } from '../lib/checks/facebook/pages';
import { FACEBOOK_WORDS } from '../lib/checks/facebook/words';
import type { Observation } from '../lib/checks/observation';
import { CHECKS } from '../lib/checks/registry';
import { watchPage } from '../lib/checks/watch';
import { notify } from '../lib/messages/notify';
import { PLATFORM_MATCHES } from '../lib/platforms';
import { watchPrompts } from '../lib/prompts/page';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.facebook],
  runAt: 'document_idle',
  // WXT's "script started" note to older copies goes as a DOM event only: posted to the window as
  // well, it costs milliseconds on every page and tells the platform's own scripts we are there.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The navigation event fires before location.href changes, so follow the URL it announces.
    let url = location.href;
    let prompts: ReturnType<typeof watchPrompts> | undefined;
    let latest: Observation[] = [];
    const watcher = watchPage({
      platform: 'facebook',
      checks: CHECKS,
      document,
      url: () => url,
      send: (observations) => {
        notify({ type: 'report-observations', platform: 'facebook', observations });
        latest = observations;
        prompts?.observed(observations);
      },
      schedule: (run) => ctx.setTimeout(run, 200),
      now: Date.now,
    });
    const reportLogin = () => {
      if (isLoginPage(document))
        notify({ type: 'page-status', platform: 'facebook', status: 'login-required' });
    };
    reportLogin();
    // Prompts start in a task of their own: the page's findings go first, in a shorter task.
    ctx.setTimeout(() => {
      prompts = watchPrompts({
        platform: 'facebook',
        document,
        url: () => url,
        checks: CHECKS,
        isFeed: feedPage,
        words: FACEBOOK_WORDS,
        schedule: (run) => ctx.setTimeout(run, 200),
      });
      prompts.observed(latest);
    }, 0);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      url = event.newUrl.href;
      reportLogin();
      watcher.rescan();
      prompts?.navigated();
    });
    ctx.onInvalidated(() => {
      watcher.stop();
      prompts?.stop();
    });
  },
});
