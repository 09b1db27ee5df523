import type { CheckDefinition } from './definition';
import { friendRequests } from './facebook/friend-requests';
import { friendsList } from './facebook/friends-list';
import { futurePosts } from './facebook/future-posts';
import { loginAlerts } from './facebook/login-alerts';
import { lookupEmail } from './facebook/lookup-email';
import { lookupPhone } from './facebook/lookup-phone';
import { profileContact } from './facebook/profile-contact';
import { searchEngines } from './facebook/search-engines';
import { tagReview } from './facebook/tag-review';
import { twoFactor } from './facebook/two-factor';

/** Every check, in the order the popup lists them. Add a check here and nowhere else. */
export const CHECKS: readonly CheckDefinition[] = [
  futurePosts,
  lookupPhone,
  lookupEmail,
  friendsList,
  searchEngines,
  friendRequests,
  tagReview,
  profileContact,
  twoFactor,
  loginAlerts,
];
