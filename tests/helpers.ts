import type { CheckDefinition } from '../lib/checks/definition';

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
