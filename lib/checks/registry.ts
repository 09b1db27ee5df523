import type { CheckDefinition } from './definition';
import { FACEBOOK_CHECKS } from './facebook/checks';
import { GOOGLE_CHECKS } from './google/checks';

export { FACEBOOK_CHECKS, GOOGLE_CHECKS };

/**
 * Every check, platform by platform, in the order the popup lists them. A check is added to its
 * platform's list (lib/checks/<platform>/checks.ts) and nowhere else; each platform's content
 * script imports only its own list, so no page carries another platform's words.
 */
export const CHECKS: readonly CheckDefinition[] = [...FACEBOOK_CHECKS, ...GOOGLE_CHECKS];
