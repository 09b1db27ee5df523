import type { CheckDefinition } from '../definition';
import { twoFactor } from './two-factor';

/** Google's checks, in the order the popup lists them. Its content script carries these and no others. */
export const GOOGLE_CHECKS: readonly CheckDefinition[] = [twoFactor];
