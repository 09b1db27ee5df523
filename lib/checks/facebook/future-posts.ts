import { defineCheck, type UrlExamples } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { anyOf, phonePage, settingsTab } from './pages';
import { FACEBOOK_WORDS } from './words';

/** "Who can see your future posts?": Public means anyone, on or off Facebook. */
export const futurePosts = defineCheck({
  id: 'facebook.future-posts',
  platform: 'facebook',
  severity: 'high',
  pages: {
    // The privacy page, the newer "Audience and visibility > Posts" page, and the phone site's
    // privacy page and its future-posts audience picker.
    matches: anyOf(
      settingsTab('privacy', 'posts'),
      phonePage(/^\/privacy\/touch\/(?:basic|composer\/selector)\/?$/),
    ),
  },
  scope: settingsScope,
  detect: (document) =>
    detectSetting(document, FACEBOOK_WORDS, 'futurePosts', {
      public: 'risky',
      friends: 'safe',
      friendsExcept: 'safe',
      specificFriends: 'safe',
      onlyMe: 'safe',
      custom: 'safe',
    }),
  deepLink: 'https://www.facebook.com/settings/?tab=posts',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://www.facebook.com/settings?tab=privacy',
    'https://www.facebook.com/settings/?tab=privacy&section=composer&view',
    'https://web.facebook.com/settings?tab=privacy',
    'https://facebook.com/settings?tab=privacy',
    'https://www.facebook.com/settings/?tab=posts',
    'https://m.facebook.com/privacy/touch/basic/',
    'https://mobile.facebook.com/privacy/touch/basic',
    'https://m.facebook.com/privacy/touch/composer/selector/?logging_source=composer_options',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/zuck',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/settings?tab=security',
    'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
    'https://www.facebook.com/groups/123/settings?tab=privacy',
    'https://www.facebook.com/privacy/checkup',
    'https://m.facebook.com/privacy/touch/block/',
    'http://www.facebook.com/settings?tab=privacy',
    'https://facebook.com.evil.example/settings?tab=privacy',
    'https://notfacebook.com/settings?tab=privacy',
    'https://developers.facebook.com/settings?tab=privacy',
  ],
};
