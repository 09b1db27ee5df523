/*
 * Facebook's settings pages, as pure functions of a URL. Checks combine these, so a page that
 * moves is fixed here once. Each check still lists example URLs that its test holds it to.
 */
import type { CheckDefinition, UrlExamples } from '../definition';

export type PageMatcher = (url: URL) => boolean;

// Desktop: www., web. (where www. is blocked) or no prefix. Phone: m. and mobile.
const DESKTOP_HOST = /^(?:(?:www|web)\.)?facebook\.com$/;
const PHONE_HOST = /^(?:m|mobile)\.facebook\.com$/;
const ACCOUNTS_CENTER_HOST = 'accountscenter.facebook.com';

const secure = (url: URL) => url.protocol === 'https:';

/** The desktop settings page showing one of these `?tab=` values. */
export function settingsTab(...tabs: readonly string[]): PageMatcher {
  return (url) =>
    secure(url) &&
    DESKTOP_HOST.test(url.hostname) &&
    /^\/settings\/?$/.test(url.pathname) &&
    tabs.includes(url.searchParams.get('tab') ?? '');
}

/** A page of the desktop site whose path matches. */
export function desktopPage(path: RegExp): PageMatcher {
  return (url) => secure(url) && DESKTOP_HOST.test(url.hostname) && path.test(url.pathname);
}

/** A page of the phone site whose path matches. */
export function phonePage(path: RegExp): PageMatcher {
  return (url) => secure(url) && PHONE_HOST.test(url.hostname) && path.test(url.pathname);
}

/** A page of Accounts Center (its own host, or under /accountscenter on the desktop hosts). */
export function accountsCenterPage(path: RegExp): PageMatcher {
  return (url) => {
    if (!secure(url)) return false;
    if (url.hostname === ACCOUNTS_CENTER_HOST) return path.test(url.pathname);
    if (!DESKTOP_HOST.test(url.hostname) || !url.pathname.startsWith('/accountscenter/')) return false;
    return path.test(url.pathname.slice('/accountscenter'.length));
  };
}

export function anyOf(...matchers: readonly PageMatcher[]): PageMatcher {
  return (url) => matchers.some((matches) => matches(url));
}

/** The news feed: the home page of the desktop or phone site (prompts, not checks, run here). */
export const feedPage: PageMatcher = (url) =>
  secure(url) &&
  (DESKTOP_HOST.test(url.hostname) || PHONE_HOST.test(url.hostname)) &&
  /^\/(?:home\.php)?$/.test(url.pathname);

/**
 * "How people find and contact you": a section of the classic privacy page, a page of its own in
 * the newer settings, and part of the phone site's privacy page (its choices open as dialogs
 * over the same path). Five checks read it, so they share this one definition.
 */
export const FIND_AND_CONTACT: CheckDefinition['pages'] = {
  matches: anyOf(
    settingsTab('privacy', 'how_people_find_and_contact_you'),
    phonePage(/^\/privacy\/touch\/basic\/?$/),
  ),
};

export const FIND_AND_CONTACT_EXAMPLES: UrlExamples = {
  match: [
    'https://www.facebook.com/settings?tab=privacy',
    'https://www.facebook.com/settings?tab=privacy&section=findemail&view',
    'https://www.facebook.com/settings?tab=privacy&section=findphone&view',
    'https://www.facebook.com/settings?tab=privacy&section=search&view',
    'https://www.facebook.com/settings?tab=privacy&section=friendlist&view',
    'https://www.facebook.com/settings?tab=privacy&section=canfriend&view',
    'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
    'https://web.facebook.com/settings/?tab=how_people_find_and_contact_you',
    'https://facebook.com/settings?tab=how_people_find_and_contact_you',
    'https://m.facebook.com/privacy/touch/basic/',
    'https://mobile.facebook.com/privacy/touch/basic/?mds=%2Fprivacy%2Ftouch%2Fselector%2Fdialog%2F%3FsettingFBID%3D8787540733&mdf=1',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/settings',
    'https://www.facebook.com/settings/?tab=posts',
    'https://www.facebook.com/settings?tab=security',
    'https://www.facebook.com/settings/?tab=profile_and_tagging',
    'https://www.facebook.com/groups/123/settings?tab=privacy',
    'https://m.facebook.com/privacy/touch/block/',
    'https://accountscenter.facebook.com/password_and_security',
    'http://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
    'https://facebook.com.evil.example/settings?tab=how_people_find_and_contact_you',
  ],
};

/**
 * Facebook's login form, shown instead of settings to someone logged out: a password field in a
 * form that posts to a login URL. "Check now" stops there and asks the user to log in.
 */
export function isLoginPage(document: Document): boolean {
  return document.querySelector('form[action*="login"] input[type="password"]') !== null;
}
