import { defineContentScript } from 'wxt/utils/define-content-script';
import { readSettingsPages } from '../lib/checks/content-script';
import { GOOGLE_CHECKS } from '../lib/checks/google/checks';
import { PLATFORM_MATCHES } from '../lib/platforms';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES.google],
  runAt: 'document_idle',
  main(ctx) {
    readSettingsPages(ctx, 'google', GOOGLE_CHECKS);
  },
});
