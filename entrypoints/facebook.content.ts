import { defineContentScript } from 'wxt/utils/define-content-script';
import { isLoginPage } from '../lib/checks/facebook/pages';
import { CHECKS } from '../lib/checks/registry';
import { watchPage } from '../lib/checks/watch';
import { notify } from '../lib/messages/notify';
import { PLATFORM_MATCHES } from '../lib/platforms';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.facebook],
  runAt: 'document_idle',
  main(ctx) {
    // The navigation event fires before location.href changes, so follow the URL it announces.
    let url = location.href;
    const watcher = watchPage({
      platform: 'facebook',
      checks: CHECKS,
      document,
      url: () => url,
      send: (observations) => {
        notify({ type: 'report-observations', platform: 'facebook', observations });
      },
      schedule: (run) => ctx.setTimeout(run, 200),
      now: Date.now,
    });
    const reportLogin = () => {
      if (isLoginPage(document))
        notify({ type: 'page-status', platform: 'facebook', status: 'login-required' });
    };
    reportLogin();
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      url = event.newUrl.href;
      reportLogin();
      watcher.rescan();
    });
    ctx.onInvalidated(() => watcher.stop());
  },
});
