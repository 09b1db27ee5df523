import type { CheckDefinition } from '../definition';
import { friendRequests } from './friend-requests';
import { friendsList } from './friends-list';
import { futurePosts } from './future-posts';
import { loginAlerts } from './login-alerts';
import { lookupEmail } from './lookup-email';
import { lookupPhone } from './lookup-phone';
import { profileContact } from './profile-contact';
import { searchEngines } from './search-engines';
import { tagReview } from './tag-review';
import { twoFactor } from './two-factor';

/** Facebook's checks, in the order the popup lists them. Its content script carries these and no others. */
export const FACEBOOK_CHECKS: readonly CheckDefinition[] = [
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
