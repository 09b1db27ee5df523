import { detectAccountState } from '../accounts-center';
import { defineCheck, type UrlExamples } from '../definition';
import { detectSetting } from '../dom';
import { accountsCenterPage, anyOf, settingsTab } from './pages';
import { FACEBOOK_WORDS } from './words';

const STATES = { on: 'safe', off: 'risky' } as const;

/**
 * "Get alerts about unrecognized logins": the classic "Security and login" row, or an account's
 * login-alerts screen in Accounts Center, which has a switch per way of telling (in-app, email).
 * Any switch on means the person hears about a stranger's login.
 */
export const loginAlerts = defineCheck({
  id: 'facebook.login-alerts',
  platform: 'facebook',
  severity: 'medium',
  pages: {
    matches: anyOf(settingsTab('security'), accountsCenterPage(/^\/password_and_security\/login_alerts\/?$/)),
  },
  detect: (document) =>
    detectAccountState(document, FACEBOOK_WORDS, 'loginAlertsCenter', STATES, { channels: true }) ??
    detectSetting(document, FACEBOOK_WORDS, 'loginAlerts', STATES),
  deepLink: 'https://accountscenter.facebook.com/password_and_security/login_alerts',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://www.facebook.com/settings?tab=security',
    'https://www.facebook.com/settings/?tab=security&section=login_alerts&view',
    'https://web.facebook.com/settings?tab=security',
    'https://accountscenter.facebook.com/password_and_security/login_alerts',
    'https://accountscenter.facebook.com/password_and_security/login_alerts/',
    'https://www.facebook.com/accountscenter/password_and_security/login_alerts',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/settings?tab=notifications',
    'https://accountscenter.facebook.com/password_and_security',
    'https://accountscenter.facebook.com/password_and_security/two_factor',
    'https://accountscenter.instagram.com/password_and_security/login_alerts',
    'https://m.facebook.com/settings/security/',
    'http://accountscenter.facebook.com/password_and_security/login_alerts',
    'https://notfacebook.com/settings?tab=security',
  ],
};
