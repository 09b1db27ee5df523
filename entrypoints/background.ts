import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkNowHandlers, markInterruptedRun, pageReported } from '../lib/check-now/service';
import { findingsHandlers } from '../lib/findings/handlers';
import '../lib/i18n/all';
import { createRouter } from '../lib/messages/router';
import { outboxHandlers } from '../lib/outbox/handlers';
import { createOutboxService } from '../lib/outbox/service';
import { promptHandlers } from '../lib/prompts/handlers';
import { reminderHandlers, startReminders } from '../lib/reminders/service';
import { startTwoFactorSites } from '../lib/twofa/service';

export default defineBackground(() => {
  void markInterruptedRun();
  const outboxService = createOutboxService();
  outboxService.start();
  startReminders();
  startTwoFactorSites();
  const route = createRouter(
    { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
    {
      ...findingsHandlers,
      ...checkNowHandlers,
      ...promptHandlers,
      ...outboxHandlers({ deliver: outboxService.deliver }),
      ...reminderHandlers,
      'report-observations': async (message, origin) => {
        await findingsHandlers['report-observations'](message);
        pageReported(origin.tabId, message.observations);
      },
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
