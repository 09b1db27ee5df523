import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loginAlerts } from '../../../lib/checks/facebook/login-alerts';
import { twoFactor } from '../../../lib/checks/facebook/two-factor';

/*
 * Two-factor authentication on the classic "Security and login" page, and in Accounts Center:
 * the list of accounts (each with its state) and one account's own screen. What counts there is
 * what Accounts Center shows for a Facebook account: an Instagram account's state, shown beside
 * it, says nothing about Facebook; when two Facebook profiles disagree, which one is signed in
 * does not show, so the reading is unknown.
 */
const DIR = join(process.cwd(), 'tests/fixtures/facebook/two-factor');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string, dir = DIR) => parse(readFileSync(join(dir, name), 'utf8'));
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));
const ZW = '\u200b';

const CLASSIC = { en: 'Use two-factor authentication', km: `ប្រើ${ZW}ការ${ZW}ផ្ទៀងផ្ទាត់${ZW}ពីរ${ZW}កត្តា` };

/** Each risky or safe page's evidence: the classic row's label, or the Facebook account's. */
const SHOWN: Record<string, { label: string; value: string }> = {
  'www-security.en.risky.html': { label: CLASSIC.en, value: 'Off' },
  'www-security.en.safe.html': { label: CLASSIC.en, value: 'On' },
  'www-security.km.risky.html': { label: CLASSIC.km, value: 'បិទ' },
  'www-security.km.safe.html': { label: CLASSIC.km, value: 'បើក' },
  'ac-two-factor.en.risky.html': { label: 'Facebook', value: 'Off' },
  'ac-two-factor.en.safe.html': { label: 'Facebook', value: 'On' },
  'ac-two-factor.km.risky.html': { label: 'Facebook', value: 'បិទ' },
  'ac-two-factor.km.safe.html': { label: 'Facebook', value: 'បើក' },
  // The screen to set it up, shown only while it is off, and the screen saying it is on.
  'ac-two-factor-account.en.risky.html': { label: 'Facebook', value: 'Help protect your account' },
  'ac-two-factor-account.en.safe.html': { label: 'Facebook', value: 'Two-factor authentication is on' },
  'ac-two-factor-account.km.risky.html': {
    label: 'Facebook',
    value: `ជួយ${ZW}ការពារ${ZW}គណនី${ZW}របស់${ZW}អ្នក`,
  },
  'ac-two-factor-account.km.safe.html': {
    label: 'Facebook',
    value: `ការ${ZW}ផ្ទៀងផ្ទាត់${ZW}ពីរ${ZW}កត្តា${ZW}កំពុង${ZW}បើក`,
  },
};

/** The text of an Accounts Center account row, found by the app it names and its position. */
function accountRows(page: Document) {
  return [...page.querySelectorAll('[role=dialog] a[role=link]')].map((row) => {
    const texts = [...row.querySelectorAll('[dir=auto]')].filter((el) => !el.querySelector('[dir=auto]'));
    return { row, app: texts[1]?.textContent, status: texts[2] };
  });
}

describe('facebook.two-factor on the fixture pages', () => {
  it('covers the classic page and both Accounts Center screens', () => {
    expect([...new Set(fixtures.map((name) => name.split('.')[0]))].sort()).toEqual([
      'ac-two-factor',
      'ac-two-factor-account',
      'www-security',
    ]);
    expect(fixtures.filter((name) => /\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s', (name, evidence) => {
    expect(twoFactor.detect(load(name))).toEqual({ state: name.split('.')[2], evidence });
  });

  it('says unknown on the classic page when its row shows no state, not taking the alerts row', () => {
    const page = load('www-security.en.unknown.html');
    expect(page.body.textContent).toContain(CLASSIC.en);
    expect(loginAlerts.detect(page).state).toBe('safe');
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('says unknown when two Facebook profiles in Accounts Center disagree', () => {
    const page = load('ac-two-factor.en.unknown.html');
    expect(accountRows(page).map(({ app, status }) => [app, status?.textContent])).toEqual([
      ['Facebook', 'On'],
      ['Facebook', 'Off'],
      ['Instagram', 'On'],
    ]);
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('says unknown when only Instagram shows a state', () => {
    const page = load('ac-two-factor.km.unknown.html');
    expect(accountRows(page).map(({ app, status }) => [app, status?.textContent])).toEqual([
      ['Facebook', undefined],
      ['Instagram', 'បើក'],
    ]);
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it("says unknown on the Instagram account's screen, though it says two-factor is on", () => {
    const page = load('ac-two-factor-account.en.unknown.html');
    expect(page.body.textContent).toContain('Two-factor authentication is on');
    expect(page.body.textContent).toContain('Instagram');
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });
});

describe('facebook.two-factor traps', () => {
  it("follows the Facebook row of the account list, whatever Instagram's says", () => {
    const page = load('ac-two-factor.en.risky.html');
    const [facebook, instagram] = accountRows(page);
    expect([facebook?.app, instagram?.app]).toEqual(['Facebook', 'Instagram']);
    if (!facebook?.status || !instagram?.status) throw new Error('the fixture lost its states');
    instagram.status.textContent = 'Off';
    expect(twoFactor.detect(page).state).toBe('risky');
    facebook.status.textContent = 'On';
    expect(twoFactor.detect(page).state).toBe('safe');
    facebook.status.remove();
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('takes agreeing Facebook profiles, and no value it cannot rate beside one', () => {
    const page = load('ac-two-factor.en.unknown.html');
    const [, work] = accountRows(page);
    if (!work?.status) throw new Error('the fixture lost its states');
    work.status.textContent = 'On';
    expect(twoFactor.detect(page).state).toBe('safe');
    work.status.textContent = 'Public';
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it("reads no state once the Facebook row's app name is gone, nor one moved into Instagram's row", () => {
    const page = load('ac-two-factor.en.safe.html');
    const facebook = accountRows(page)[1];
    expect(facebook?.app).toBe('Facebook');
    facebook?.row.querySelectorAll('[dir=auto]')[1]?.remove();
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });

    const moved = load('ac-two-factor.en.safe.html');
    const [instagram, other] = accountRows(moved);
    if (!instagram || !other?.status) throw new Error('the fixture lost its states');
    instagram.status?.remove();
    instagram.row.append(other.status);
    expect(twoFactor.detect(moved)).toEqual({ state: 'unknown' });
  });

  it('takes no Khmer "close" or "turn off" button (both បិទ, as is "off") for a state', () => {
    const page = load('ac-two-factor-account.km.safe.html');
    const buttons = [...page.querySelectorAll('[role=dialog] [role=button]')].filter(
      (el) => (el.getAttribute('aria-label') ?? el.textContent) === 'បិទ',
    );
    expect(buttons.length).toBe(2);
    expect(twoFactor.detect(page).state).toBe('safe');
  });

  it('reads an Accounts Center screen only when it is headed with the setting, in the page language', () => {
    // The login alerts screens name a Facebook account too, and show switches.
    const alerts = join(process.cwd(), 'tests/fixtures/facebook/login-alerts');
    expect(twoFactor.detect(load('ac-login-alerts-account.en.safe.html', alerts))).toEqual({
      state: 'unknown',
    });
    const page = load('ac-two-factor.km.safe.html');
    page.documentElement.lang = 'en';
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('leaves the classic page to its row label, whatever Accounts Center words appear in it', () => {
    const page = load('www-security.en.safe.html');
    // The session list names Messenger; the row label and its value decide.
    expect([...page.querySelectorAll('[dir=auto]')].some((el) => el.textContent === 'Messenger')).toBe(true);
    expect(twoFactor.detect(page).state).toBe('safe');
  });
});
