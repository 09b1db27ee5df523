import { defineCheck } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { FIND_AND_CONTACT, FIND_AND_CONTACT_EXAMPLES } from './pages';
import { FACEBOOK_WORDS } from './words';

/** "Who can look you up using the email address you provided?": Everyone includes strangers. */
export const lookupEmail = defineCheck({
  id: 'facebook.lookup-email',
  platform: 'facebook',
  severity: 'medium',
  pages: FIND_AND_CONTACT,
  scope: settingsScope,
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'lookupEmail', {
      everyone: 'risky',
      friendsOfFriends: 'safe',
      friends: 'safe',
      onlyMe: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
});

export const urlExamples = FIND_AND_CONTACT_EXAMPLES;
