import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loginAlerts } from '../../../lib/checks/facebook/login-alerts';
import { twoFactor } from '../../../lib/checks/facebook/two-factor';

/*
 * "Get alerts about unrecognized logins" on the classic "Security and login" page, and one
 * account's "Login alerts" screen in Accounts Center, with a switch for each way of telling
 * (in-app notifications, email): any one on is enough. The list of accounts shows no state.
 */
const DIR = join(process.cwd(), 'tests/fixtures/facebook/login-alerts');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string, dir = DIR) => parse(readFileSync(join(dir, name), 'utf8'));
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));
const ZW = '\u200b';

const CLASSIC = {
  en: 'Get alerts about unrecognized logins',
  km: ['ទទួល', 'ការ', 'ជូន', 'ដំណឹង', 'អំពី', 'ការ', 'ចូល', 'ដែល', 'មិន', 'ស្គាល់'].join(ZW),
};

const SHOWN: Record<string, { label: string; value: string }> = {
  'www-security.en.risky.html': { label: CLASSIC.en, value: 'Off' },
  'www-security.en.safe.html': { label: CLASSIC.en, value: 'On' },
  'www-security.km.risky.html': { label: CLASSIC.km, value: 'បិទ' },
  'www-security.km.safe.html': { label: CLASSIC.km, value: 'បើក' },
  'ac-login-alerts-account.en.risky.html': { label: 'Facebook', value: 'Off' },
  'ac-login-alerts-account.en.safe.html': { label: 'Facebook', value: 'On' },
  'ac-login-alerts-account.km.risky.html': { label: 'Facebook', value: 'បិទ' },
  'ac-login-alerts-account.km.safe.html': { label: 'Facebook', value: 'បើក' },
};

const channels = (page: Document) => [...page.querySelectorAll('[role=dialog] [role=switch]')];

describe('facebook.login-alerts on the fixture pages', () => {
  it('covers the classic page and both Accounts Center screens', () => {
    expect([...new Set(fixtures.map((name) => name.split('.')[0]))].sort()).toEqual([
      'ac-login-alerts',
      'ac-login-alerts-account',
      'www-security',
    ]);
    expect(fixtures.filter((name) => /\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s', (name, evidence) => {
    expect(loginAlerts.detect(load(name))).toEqual({ state: name.split('.')[2], evidence });
  });

  it('counts one channel on as on: email alone tells the person', () => {
    const page = load('ac-login-alerts-account.en.safe.html');
    expect(channels(page).map((el) => el.getAttribute('aria-checked'))).toEqual(['false', 'true']);
    expect(loginAlerts.detect(page).state).toBe('safe');
    channels(page)[1]?.setAttribute('aria-checked', 'false');
    expect(loginAlerts.detect(page).state).toBe('risky');
  });

  it('says unknown on the classic page when its row shows no state, not taking the two-factor row', () => {
    const page = load('www-security.km.unknown.html');
    expect(page.body.textContent).toContain(CLASSIC.km);
    expect(twoFactor.detect(page).state).toBe('safe');
    expect(loginAlerts.detect(page)).toEqual({ state: 'unknown' });
  });

  it.each(['ac-login-alerts.en.unknown.html', 'ac-login-alerts.km.unknown.html'])(
    'says unknown on %s, the list of accounts, which shows no state',
    (name) => {
      const page = load(name);
      expect(page.querySelectorAll('[role=dialog] a[role=link]')).toHaveLength(2);
      expect(loginAlerts.detect(page)).toEqual({ state: 'unknown' });
    },
  );

  it("says unknown on the Instagram account's screen, though its switches are on", () => {
    const page = load('ac-login-alerts-account.en.unknown.html');
    expect(channels(page).map((el) => el.getAttribute('aria-checked'))).toEqual(['true', 'true']);
    expect(loginAlerts.detect(page)).toEqual({ state: 'unknown' });
  });
});

describe('facebook.login-alerts traps', () => {
  it('takes no switch still rendering for off', () => {
    const page = load('ac-login-alerts-account.en.risky.html');
    for (const el of channels(page)) el.setAttribute('aria-checked', 'mixed');
    expect(loginAlerts.detect(page)).toEqual({ state: 'unknown' });
  });

  it("reads no two-factor screen's states as alerts", () => {
    const twoFactorDir = join(process.cwd(), 'tests/fixtures/facebook/two-factor');
    for (const name of ['ac-two-factor.en.risky.html', 'ac-two-factor-account.en.safe.html']) {
      expect(loginAlerts.detect(load(name, twoFactorDir)), name).toEqual({ state: 'unknown' });
    }
  });

  it('matches the label in either spelling, and no other row', () => {
    const page = load('www-security.en.safe.html');
    const label = [...page.querySelectorAll('[dir=auto]')].find((el) => el.textContent === CLASSIC.en);
    if (!label) throw new Error('the fixture lost its label');
    label.textContent = 'Get alerts about unrecognised logins';
    expect(loginAlerts.detect(page).state).toBe('safe');
    label.textContent = 'Get alerts about logins';
    expect(loginAlerts.detect(page)).toEqual({ state: 'unknown' });
  });
});
