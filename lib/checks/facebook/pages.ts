/*
 * Facebook's settings pages, as pure functions of a URL. Checks combine these, so a page that
 * moves is fixed here once. Each check still lists example URLs that its test holds it to.
 */
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

/**
 * Facebook's login form, shown instead of settings to someone logged out: a password field in a
 * form that posts to a login URL. "Check now" stops there and asks the user to log in.
 */
export function isLoginPage(document: Document): boolean {
  return document.querySelector('form[action*="login"] input[type="password"]') !== null;
}
