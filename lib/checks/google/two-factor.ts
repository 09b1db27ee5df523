import { defineCheck, type UrlExamples } from '../definition';
import { detectStatement } from '../statement';
import { GOOGLE_WORDS } from './words';

/** The Google Account's security page and its 2-Step Verification page, for any signed-in account. */
const PAGES = /^(?:\/u\/\d+)?\/(?:security|signinoptions\/(?:twosv|two-step-verification))\/?$/;

/**
 * Google's 2-Step Verification, which guards Gmail and YouTube too: the row on the security page
 * ("2-Step Verification" with "On since 12 Mar 2021" or "Off" beneath), or the setting's own page,
 * which states it in a sentence.
 */
export const twoFactor = defineCheck({
  id: 'google.two-factor',
  platform: 'google',
  severity: 'high',
  pages: {
    matches: (url) =>
      url.protocol === 'https:' && url.hostname === 'myaccount.google.com' && PAGES.test(url.pathname),
  },
  detect: (document) => detectStatement(document, GOOGLE_WORDS, 'twoStep', { on: 'safe', off: 'risky' }),
  deepLink: 'https://myaccount.google.com/signinoptions/twosv',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://myaccount.google.com/security',
    'https://myaccount.google.com/security?hl=km',
    'https://myaccount.google.com/u/1/security',
    'https://myaccount.google.com/signinoptions/twosv',
    'https://myaccount.google.com/signinoptions/twosv?rapt=AEjHL4N&pli=1',
    'https://myaccount.google.com/signinoptions/two-step-verification',
    'https://myaccount.google.com/u/0/signinoptions/twosv/',
  ],
  noMatch: [
    'https://myaccount.google.com/',
    'https://myaccount.google.com/personal-info',
    'https://myaccount.google.com/signinoptions/password',
    'https://myaccount.google.com/security-checkup',
    'https://myaccount.google.com/two-step-verification/authenticator',
    'http://myaccount.google.com/security',
    'https://accounts.google.com/signinoptions/twosv',
    'https://myaccount.google.com.evil.example/security',
    'https://evil.example/myaccount.google.com/security',
  ],
};
