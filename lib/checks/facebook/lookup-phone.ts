import { defineCheck } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { FIND_AND_CONTACT, FIND_AND_CONTACT_EXAMPLES } from './pages';
import { FACEBOOK_WORDS } from './words';

/**
 * "Who can look you up using the phone number you provided?": with Everyone, anyone holding a
 * number (often the one given for login codes) can find the person behind it.
 */
export const lookupPhone = defineCheck({
  id: 'facebook.lookup-phone',
  platform: 'facebook',
  severity: 'high',
  pages: FIND_AND_CONTACT,
  scope: settingsScope,
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'lookupPhone', {
      everyone: 'risky',
      friendsOfFriends: 'safe',
      friends: 'safe',
      onlyMe: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
});

export const urlExamples = FIND_AND_CONTACT_EXAMPLES;
