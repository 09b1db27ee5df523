import { defineCheck } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { FIND_AND_CONTACT, FIND_AND_CONTACT_EXAMPLES } from './pages';
import { FACEBOOK_WORDS } from './words';

/**
 * "Do you want search engines outside of Facebook (later: of Meta) to link to your profile?":
 * the classic and phone pages answer Yes or No, the newer page shows a switch.
 */
export const searchEngines = defineCheck({
  id: 'facebook.search-engines',
  platform: 'facebook',
  severity: 'medium',
  pages: FIND_AND_CONTACT,
  scope: settingsScope,
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'searchEngines', {
      yes: 'risky',
      on: 'risky',
      no: 'safe',
      off: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
});

export const urlExamples = FIND_AND_CONTACT_EXAMPLES;
