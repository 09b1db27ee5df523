import { defineCheck } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { FIND_AND_CONTACT, FIND_AND_CONTACT_EXAMPLES } from './pages';
import { FACEBOOK_WORDS } from './words';

/** "Who can see your friends list?": Public shows everyone the people close to the user. */
export const friendsList = defineCheck({
  id: 'facebook.friends-list',
  platform: 'facebook',
  severity: 'medium',
  pages: FIND_AND_CONTACT,
  scope: settingsScope,
  // Friends of friends is not among this setting's choices: shown, it reads as unknown.
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'friendsList', {
      public: 'risky',
      friends: 'safe',
      friendsExcept: 'safe',
      specificFriends: 'safe',
      onlyMe: 'safe',
      custom: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
});

export const urlExamples = FIND_AND_CONTACT_EXAMPLES;
