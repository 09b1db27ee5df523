import { detectAccountState } from '../accounts-center';
import { defineCheck, type UrlExamples } from '../definition';
import { detectSetting } from '../dom';
import { accountsCenterPage, anyOf, desktopPage, settingsTab } from './pages';
import { FACEBOOK_WORDS } from './words';

const STATES = { on: 'safe', off: 'risky' } as const;

/**
 * Two-factor authentication: the classic "Security and login" row, or Accounts Center, where the
 * list of accounts and each account's own screen say whether it is on. Only Facebook accounts
 * count there (see detectAccountState).
 */
export const twoFactor = defineCheck({
  id: 'facebook.two-factor',
  platform: 'facebook',
  severity: 'high',
  pages: {
    matches: anyOf(
      settingsTab('security'),
      desktopPage(/^\/security\/2fac\/settings\/?$/),
      accountsCenterPage(/^\/password_and_security\/two_factor\/?$/),
    ),
  },
  detect: (document) =>
    detectAccountState(document, FACEBOOK_WORDS, 'twoFactorCenter', STATES, {
      says: { on: 'twoFactorOn', off: 'twoFactorOff' },
    }) ?? detectSetting(document, FACEBOOK_WORDS, 'twoFactor', STATES),
  deepLink: 'https://accountscenter.facebook.com/password_and_security/two_factor',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://www.facebook.com/settings?tab=security',
    'https://www.facebook.com/settings/?tab=security&section=two_factor&view',
    'https://web.facebook.com/settings?tab=security',
    'https://facebook.com/security/2fac/settings/',
    'https://accountscenter.facebook.com/password_and_security/two_factor',
    'https://accountscenter.facebook.com/password_and_security/two_factor/?entrypoint=fb_settings',
    'https://www.facebook.com/accountscenter/password_and_security/two_factor/',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/settings?tab=privacy',
    'https://accountscenter.facebook.com/password_and_security',
    'https://accountscenter.facebook.com/password_and_security/login_alerts',
    'https://accountscenter.instagram.com/password_and_security/two_factor/',
    'https://m.facebook.com/security/2fac/settings/',
    'https://www.facebook.com/groups/123/settings?tab=security',
    'http://accountscenter.facebook.com/password_and_security/two_factor',
    'https://accountscenter.facebook.com.evil.example/password_and_security/two_factor',
  ],
};
