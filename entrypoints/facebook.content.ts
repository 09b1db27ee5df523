import { defineContentScript } from 'wxt/utils/define-content-script';
import { readSettingsPages } from '../lib/checks/content-script';
import { FACEBOOK_CHECKS } from '../lib/checks/facebook/checks';
import { feedPage, isLoginPage } from '../lib/checks/facebook/pages';
import { FACEBOOK_WORDS } from '../lib/checks/facebook/words';
import type { Observation } from '../lib/checks/observation';
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
    readSettingsPages(ctx, 'facebook', FACEBOOK_CHECKS, (url) => {
      let prompts: ReturnType<typeof watchPrompts> | undefined;
      let latest: Observation[] = [];
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
          url,
          checks: FACEBOOK_CHECKS,
          isFeed: feedPage,
          words: FACEBOOK_WORDS,
          schedule: (run) => ctx.setTimeout(run, 200),
        });
        prompts.observed(latest);
      }, 0);
      return {
        observed: (observations) => {
          latest = observations;
          prompts?.observed(observations);
        },
        navigated: () => {
          reportLogin();
          prompts?.navigated();
        },
        stop: () => prompts?.stop(),
      };
    });
  },
});
