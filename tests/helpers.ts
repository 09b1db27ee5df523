import type { CheckDefinition } from '../lib/checks/definition';
import type { Handlers } from '../lib/messages/router';

/**
 * A check that runs everywhere and reads nothing, with future-posts' id and so its strings: for tests of
 * the code around checks, not of a detector. Override what the test is about.
 */
export function testCheck(overrides: Partial<CheckDefinition> = {}): CheckDefinition {
  return {
    id: 'facebook.future-posts',
    platform: 'facebook',
    severity: 'high',
    pages: { matches: () => true },
    detect: () => ({ state: 'unknown' }),
    deepLink: 'https://www.facebook.com/settings/?tab=privacy',
    ...overrides,
  };
}

/**
 * A background whose every message handler does nothing (a question answers empty): spread it first
 * and give the handlers a test is about, so a new message type needs no change to such tests.
 */
export function idleHandlers(): Handlers {
  const none = async () => {};
  return {
    'report-observations': none,
    'acknowledge-finding': none,
    'clear-findings': none,
    'check-now': none,
    'page-status': none,
    'request-prompt': async () => null,
    'answer-prompt': none,
    'set-prompts-enabled': none,
    'restore-prompts': none,
    'survey-send': async () => ({ keys: [] }),
    'change-reminders': none,
    'answer-reminder': none,
  };
}
