import type { CheckDefinition } from '../lib/checks/definition';

/**
 * A check that runs everywhere and reads nothing, borrowing future-posts' strings: for tests of
 * the code around checks, not of a detector. Override what the test is about.
 */
export function testCheck(overrides: Partial<CheckDefinition> = {}): CheckDefinition {
  return {
    id: 'facebook.future-posts',
    platform: 'facebook',
    severity: 'high',
    pages: { matches: () => true, examples: { match: [], noMatch: [] } },
    detect: () => ({ state: 'unknown' }),
    text: {
      title: 'check.facebook.future-posts.title',
      why: 'check.facebook.future-posts.why',
      fix: 'check.facebook.future-posts.fix',
    },
    deepLink: 'https://www.facebook.com/settings/?tab=privacy',
    ...overrides,
  };
}
