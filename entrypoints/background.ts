import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findingsHandlers } from '../lib/findings/handlers';
import { createRouter } from '../lib/messages/router';

export default defineBackground(() => {
  const route = createRouter(
    { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    findingsHandlers,
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
