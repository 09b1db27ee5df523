import { defineContentScript } from 'wxt/utils/define-content-script';
import { readSettingsPages } from '../lib/checks/content-script';
import { FACEBOOK_CHECKS } from '../lib/checks/facebook/checks';
import { feedPage, isLoginPage } from '../lib/checks/facebook/pages';
import { FACEBOOK_WORDS } from '../lib/checks/facebook/words';
import { notify } from '../lib/messages/notify';
import { PLATFORM_MATCHES } from '../lib/platforms';
import { watchPrompts } from '../lib/prompts/page';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.facebook],
  runAt: 'document_idle',
  main(ctx) {
    readSettingsPages(ctx, 'facebook', FACEBOOK_CHECKS, (url) => {
      const prompts = watchPrompts({
        platform: 'facebook',
        document,
        url,
        checks: FACEBOOK_CHECKS,
        isFeed: feedPage,
        words: FACEBOOK_WORDS,
        schedule: (run) => ctx.setTimeout(run, 200),
      });
      const reportLogin = () => {
        if (isLoginPage(document))
          notify({ type: 'page-status', platform: 'facebook', status: 'login-required' });
      };
      reportLogin();
      return {
        observed: prompts.observed,
        navigated: () => {
          reportLogin();
          prompts.navigated();
        },
        stop: prompts.stop,
      };
    });
  },
});
