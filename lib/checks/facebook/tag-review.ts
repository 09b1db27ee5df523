import { defineCheck, type UrlExamples } from '../definition';
import { detectSetting, settingsScope } from '../dom';
import { anyOf, phonePage, settingsTab } from './pages';
import { FACEBOOK_WORDS } from './words';

/**
 * "Review posts you're tagged in before the post appears on your profile?": when off, anyone's
 * post naming the person lands on their profile at once. The neighbouring "Review tags people add
 * to your posts" is a different switch.
 */
export const tagReview = defineCheck({
  id: 'facebook.tag-review',
  platform: 'facebook',
  severity: 'medium',
  pages: {
    // "Profile and tagging" (the tab was called "timeline" until 2020), and the phone site's page.
    matches: anyOf(
      settingsTab('profile_and_tagging', 'timeline'),
      phonePage(/^\/privacy\/touch\/timeline_and_tagging\/?$/),
    ),
  },
  scope: settingsScope,
  detect: (document) => detectSetting(document, FACEBOOK_WORDS, 'tagReview', { on: 'safe', off: 'risky' }),
  deepLink: 'https://www.facebook.com/settings/?tab=profile_and_tagging',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://www.facebook.com/settings/?tab=profile_and_tagging',
    'https://www.facebook.com/settings?tab=profile_and_tagging&section=timeline_review',
    'https://web.facebook.com/settings/?tab=profile_and_tagging',
    'https://facebook.com/settings?tab=timeline&section=timeline_review&view',
    'https://m.facebook.com/privacy/touch/timeline_and_tagging/',
    'https://mobile.facebook.com/privacy/touch/timeline_and_tagging',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/settings?tab=privacy',
    'https://www.facebook.com/settings/?tab=posts',
    'https://www.facebook.com/me/allactivity?category_key=TAGGEDBYOTHERS',
    'https://m.facebook.com/privacy/touch/basic/',
    'https://m.facebook.com/settings?tab=profile_and_tagging',
    'https://accountscenter.facebook.com/profiles',
    'http://www.facebook.com/settings/?tab=profile_and_tagging',
    'https://facebook.com.evil.example/settings/?tab=profile_and_tagging',
  ],
};
