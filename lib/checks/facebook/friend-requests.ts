import { defineCheck } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { FIND_AND_CONTACT, FIND_AND_CONTACT_EXAMPLES } from './pages';
import { FACEBOOK_WORDS } from './words';

/** "Who can send you friend requests?": Everyone lets fake profiles ask; Friends of friends is the other choice. */
export const friendRequests = defineCheck({
  id: 'facebook.friend-requests',
  platform: 'facebook',
  severity: 'low',
  pages: FIND_AND_CONTACT,
  scope: settingsScope,
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'friendRequests', {
      everyone: 'risky',
      friendsOfFriends: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
});

export const urlExamples = FIND_AND_CONTACT_EXAMPLES;
