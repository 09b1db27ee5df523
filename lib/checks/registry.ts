import type { CheckDefinition } from './definition';
import { futurePosts } from './facebook/future-posts';

/** Every check, in the order the popup lists them. Add a check here and nowhere else. */
export const CHECKS: readonly CheckDefinition[] = [futurePosts];
