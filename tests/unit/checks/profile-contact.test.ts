import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileContact } from '../../../lib/checks/facebook/profile-contact';

/*
 * Contact items and the birthday on a profile's About section. Only the profile's owner sees an
 * audience selector ("Edit privacy. Sharing with …") beside each item; on someone else's profile
 * the same items show without one, and the check says unknown. Item values (numbers, addresses)
 * are never read: the evidence is the item's name and its audience.
 */
const DIR = join(process.cwd(), 'tests/fixtures/facebook/profile-contact');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));

const SHOWN: Record<string, { label: string; value: string }> = {
  'www-about.en.risky.html': { label: 'Email', value: 'Public' },
  'www-about.en.safe.html': { label: 'Mobile', value: 'Only me' },
  'www-about.km.risky.html': { label: 'ទូរសព្ទ\u200bចល័ត', value: 'សាធារណៈ' },
  'www-about.km.safe.html': { label: 'ទូរស័ព្ទដៃ', value: 'មានតែខ្ញុំ' },
  'www-directory.en.risky.html': { label: 'Birthday', value: 'Public' },
};

const selectors = (page: Document) =>
  [...page.querySelectorAll('[role=main] [aria-label]')].filter((el) =>
    /^(Edit privacy|កែសម្រួល)/.test(el.getAttribute('aria-label') ?? ''),
  );
/** The selector in the same item as the name shown. */
function selectorOf(page: Document, name: string) {
  const label = [...page.querySelectorAll('[role=main] [dir=auto]')].find((el) => el.textContent === name);
  for (let row = label?.parentElement; row; row = row.parentElement) {
    const found = selectors(page).filter((el) => row?.contains(el));
    if (found.length) return found.length === 1 ? found[0] : undefined;
  }
}
const setAudience = (page: Document, name: string, audience: string) =>
  selectorOf(page, name)?.setAttribute('aria-label', `Edit privacy. Sharing with ${audience}.`);

describe('facebook.profile-contact on the fixture pages', () => {
  it("covers one's own About section, someone else's, and the newer one-part pages", () => {
    expect([...new Set(fixtures.map((name) => name.split('.')[0]))].sort()).toEqual([
      'www-about',
      'www-about-other',
      'www-directory',
    ]);
    expect(fixtures.filter((name) => /\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s', (name, evidence) => {
    expect(profileContact.detect(load(name))).toEqual({ state: name.split('.')[2], evidence });
  });

  it.each(['www-about-other.en.unknown.html', 'www-about-other.km.unknown.html'])(
    "says unknown on %s: someone else's items show, with no audience selector",
    (name) => {
      const page = load(name);
      expect(page.body.textContent).toContain('012 345 678');
      expect(page.body.textContent).toContain('sokha.chan@example.org');
      expect(selectors(page)).toEqual([]);
      expect(profileContact.detect(page)).toEqual({ state: 'unknown' });
    },
  );

  it('says unknown on the contact part of the newer layout alone: the birthday is on another page', () => {
    const page = load('www-directory.en.unknown.html');
    expect(selectors(page).map((el) => el.getAttribute('aria-label'))).toEqual([
      'Edit privacy. Sharing with Only me.',
      'Edit privacy. Sharing with Only me.',
    ]);
    expect(profileContact.detect(page)).toEqual({ state: 'unknown' });
  });

  it('never puts an item value in its evidence', () => {
    for (const name of fixtures) {
      const evidence = JSON.stringify(profileContact.detect(load(name)));
      for (const value of ['012', '@', 'sokhachan.org', 'January', '1998', 'Female', 'Phnom Penh'])
        expect(evidence, name).not.toContain(value);
    }
  });
});

describe('facebook.profile-contact traps', () => {
  it('rates contact items and the birthday only: public gender, website and languages stay safe', () => {
    const page = load('www-about.en.safe.html');
    expect(
      ['Gender', 'Website', 'Languages'].map((name) => selectorOf(page, name)?.getAttribute('aria-label')),
    ).toEqual(Array(3).fill('Edit privacy. Sharing with Public.'));
    expect(profileContact.detect(page).state).toBe('safe');
    setAudience(page, 'Birth year', 'Public');
    expect(profileContact.detect(page)).toEqual({
      state: 'risky',
      evidence: { label: 'Birth year', value: 'Public' },
    });
  });

  it.each([
    ['Your friends of friends', 'safe'],
    ['Your friends', 'safe'],
    ['Custom', 'safe'],
    ['Public', 'risky'],
    ['', 'unknown'],
    ['Publicity', 'unknown'],
  ])('reads the sentence "Sharing with %s." as %s', (audience, state) => {
    const page = load('www-about.en.safe.html');
    setAudience(page, 'Mobile', audience);
    expect(profileContact.detect(page).state).toBe(state);
  });

  it('says unknown when an item has no selector of its own, rather than rating the rest', () => {
    const page = load('www-about.en.safe.html');
    selectorOf(page, 'Birth date')?.remove();
    expect(profileContact.detect(page)).toEqual({ state: 'unknown' });
  });

  it('needs both a contact item and the birthday before it says safe', () => {
    const page = load('www-about.en.safe.html');
    const mobile = [...page.querySelectorAll('[role=main] [dir=auto]')].find(
      (el) => el.textContent === 'Mobile',
    );
    if (!mobile) throw new Error('the fixture lost its mobile item');
    mobile.textContent = 'Other phone';
    expect(profileContact.detect(page)).toEqual({ state: 'unknown' });
  });

  it('reads audiences, never values: a value reading "Public" changes nothing', () => {
    const page = load('www-about.en.safe.html');
    const number = [...page.querySelectorAll('[role=main] [dir=auto]')].find(
      (el) => el.textContent === '012 345 678',
    );
    if (!number) throw new Error('the fixture lost its number');
    number.textContent = 'Public';
    expect(profileContact.detect(page).state).toBe('safe');
  });

  it('reads no selector in a menu or dialog beside the profile', () => {
    const page = load('www-about.en.safe.html');
    const dialog = page.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML =
      '<div><span dir="auto">Mobile</span><div role="button" aria-label="Edit privacy. Sharing with Public."></div></div>';
    page.body.append(dialog);
    expect(profileContact.detect(page).state).toBe('safe');
  });

  it('matches Khmer names with or without zero-width spaces, in either spelling', () => {
    const page = load('www-about.km.safe.html');
    const mobile = [...page.querySelectorAll('[role=main] [dir=auto]')].find(
      (el) => el.textContent === 'ទូរស័ព្ទដៃ',
    );
    if (!mobile) throw new Error('the fixture lost its mobile item');
    for (const spelling of ['ទូរសព្ទដៃ', 'ទូរ\u200bស័ព្ទ\u200bដៃ', 'ទូរស័ព្ទ ចល័ត']) {
      mobile.textContent = spelling;
      expect(profileContact.detect(page).state, spelling).toBe('safe');
    }
  });
});
