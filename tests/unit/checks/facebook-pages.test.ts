import { describe, expect, it } from 'vitest';
import { accountsCenterPage, anyOf, phonePage, settingsTab } from '../../../lib/checks/facebook/pages';

const at = (url: string) => new URL(url);

describe('Facebook page matchers', () => {
  it('settingsTab takes the desktop hosts and the listed tabs only', () => {
    const privacy = settingsTab('privacy');
    expect(privacy(at('https://www.facebook.com/settings?tab=privacy'))).toBe(true);
    expect(privacy(at('https://web.facebook.com/settings/?tab=privacy'))).toBe(true);
    expect(privacy(at('https://facebook.com/settings?tab=privacy'))).toBe(true);
    expect(privacy(at('https://m.facebook.com/settings?tab=privacy'))).toBe(false);
    expect(privacy(at('https://www.facebook.com/settings?tab=security'))).toBe(false);
    expect(privacy(at('http://www.facebook.com/settings?tab=privacy'))).toBe(false);
    expect(privacy(at('https://www.facebook.com.evil.example/settings?tab=privacy'))).toBe(false);
  });

  it('phonePage takes m. and mobile. only', () => {
    const basic = phonePage(/^\/privacy\/touch\/basic\/?$/);
    expect(basic(at('https://m.facebook.com/privacy/touch/basic/'))).toBe(true);
    expect(basic(at('https://mobile.facebook.com/privacy/touch/basic'))).toBe(true);
    expect(basic(at('https://www.facebook.com/privacy/touch/basic/'))).toBe(false);
  });

  it('accountsCenterPage takes its own host and /accountscenter on desktop hosts', () => {
    const security = accountsCenterPage(/^\/password_and_security\/?$/);
    expect(security(at('https://accountscenter.facebook.com/password_and_security'))).toBe(true);
    expect(security(at('https://www.facebook.com/accountscenter/password_and_security/'))).toBe(true);
    expect(security(at('https://www.facebook.com/password_and_security'))).toBe(false);
    expect(security(at('https://accountscenter.facebook.com/personal_info'))).toBe(false);
    expect(security(at('http://accountscenter.facebook.com/password_and_security'))).toBe(false);
  });

  it('anyOf matches when one matcher does', () => {
    const either = anyOf(settingsTab('privacy'), settingsTab('posts'));
    expect(either(at('https://www.facebook.com/settings?tab=posts'))).toBe(true);
    expect(either(at('https://www.facebook.com/settings?tab=blocking'))).toBe(false);
  });
});
