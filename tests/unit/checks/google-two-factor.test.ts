import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoFactor } from '../../../lib/checks/google/two-factor';

/*
 * Google's 2-Step Verification on the Account's security page (a row among the ways to sign in)
 * and on its own page (a sentence). What counts is the 2-Step Verification row or sentence, never
 * a neighbouring row's "Off" nor the security tip urging to turn it on.
 */
const DIR = join(process.cwd(), 'tests/fixtures/google/two-factor');
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(join(DIR, name), 'utf8'), 'text/html');
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));
const ZW = '\u200b';
const KM_LABEL = `ការ${ZW}ផ្ទៀងផ្ទាត់ 2 ជំហាន`;

const SHOWN: Record<string, { label: string; value: string }> = {
  'security.en.risky.html': { label: '2-Step Verification', value: '2-Step Verification is off' },
  'security.en.safe.html': { label: '2-Step Verification', value: 'On since 12 Mar 2021' },
  'security.km.risky.html': { label: KM_LABEL, value: 'បិទ' },
  'security.km.safe.html': { label: KM_LABEL, value: 'បានបើកតាំងពី 12 មីនា 2021' },
  'twosv.en.risky.html': { label: '2-Step Verification', value: '2-Step Verification is off' },
  'twosv.en.safe.html': {
    label: '2-Step Verification',
    value: '2-Step Verification is on since 12 Mar 2021',
  },
  'twosv.km.risky.html': { label: 'ការផ្ទៀងផ្ទាត់ 2 ជំហាន', value: `${KM_LABEL}កំពុងបិទ` },
  'twosv.km.safe.html': {
    label: 'ការផ្ទៀងផ្ទាត់ 2 ជំហាន',
    value: `${KM_LABEL}កំពុងបើក ចាប់តាំងពី 12 មីនា 2021`,
  },
};

/** The security page's row for a setting, found by the page it links to. */
function row(page: Document, href: string) {
  const link = page.querySelector(`a[href="${href}"]`);
  if (!link) throw new Error(`the fixture lost its ${href} row`);
  const texts = [...link.querySelectorAll('[dir=auto]')];
  return { link, label: texts[0], value: texts[1] };
}

describe('google.two-factor on the fixture pages', () => {
  it('covers the security page and the 2-Step Verification page', () => {
    expect([...new Set(fixtures.map((name) => name.split('.')[0]))].sort()).toEqual(['security', 'twosv']);
    expect(fixtures.filter((name) => /\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s', (name, evidence) => {
    expect(twoFactor.detect(load(name))).toEqual({ state: name.split('.')[2], evidence });
  });

  it("says unknown while the row shows no state, though its neighbours' say Off", () => {
    const page = load('security.en.unknown.html');
    expect(row(page, 'signinoptions/twosv').value).toBeUndefined();
    expect(row(page, 'signinoptions/passwordoptional').value?.textContent).toBe('Off');
    expect(page.body.textContent).toContain('Turn on 2-Step Verification');
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('says unknown on the 2-Step Verification page until its script has rendered the state', () => {
    const page = load('twosv.km.unknown.html');
    expect(page.querySelector('h1')?.textContent).toBe(KM_LABEL);
    expect(page.querySelector('[role=progressbar]')).not.toBeNull();
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });
});

describe('google.two-factor traps', () => {
  it('follows the row as it changes', () => {
    const page = load('security.en.safe.html');
    const { value } = row(page, 'signinoptions/twosv');
    if (!value) throw new Error('the fixture lost its state');
    value.textContent = 'Off';
    expect(twoFactor.detect(page).state).toBe('risky');
    value.textContent = 'Last changed 4 May 2024';
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('takes no state from the row of another setting, or a section of its own', () => {
    const page = load('security.km.safe.html');
    row(page, 'signinoptions/twosv').value?.remove();
    // "Skip password when possible: Off" and "Enhanced Safe Browsing: Off" stay on the page.
    expect(row(page, 'signinoptions/passwordoptional').value?.textContent).toBe('បិទ');
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('says unknown when the page states both on and off', () => {
    const page = load('twosv.en.safe.html');
    const stray = page.createElement('div');
    stray.textContent = '2-Step Verification is off';
    page.querySelector('[role=main] c-wiz')?.append(stray);
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
  });

  it('takes no Khmer "close" button (បិទ, as is "off") for a state', () => {
    const page = load('twosv.km.safe.html');
    const close = [...page.querySelectorAll('[role=button]')].filter((el) => el.textContent === 'បិទ');
    expect(close).toHaveLength(1);
    expect(twoFactor.detect(page).state).toBe('safe');
  });

  it('reads nothing hidden from screen readers, nor a page in a language without word lists', () => {
    const page = load('security.en.safe.html');
    row(page, 'signinoptions/twosv').value?.setAttribute('aria-hidden', 'true');
    expect(twoFactor.detect(page)).toEqual({ state: 'unknown' });
    const french = load('twosv.en.risky.html');
    french.documentElement.lang = 'fr';
    expect(twoFactor.detect(french)).toEqual({ state: 'unknown' });
  });
});

describe('google.two-factor on damaged pages', () => {
  /** The same damage on every run: evenly spread cut points and elements. */
  const spread = (length: number, count: number) =>
    Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * length) / count));

  it.each(fixtures)('never throws on %s, and never swaps its reading for the opposite', (name) => {
    const html = readFileSync(join(DIR, name), 'utf8');
    const state = name.split('.')[2];
    const allowed = ['unknown', state];
    const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
    for (const at of spread(html.length, 10)) {
      expect(allowed, `cut at ${at}`).toContain(twoFactor.detect(parse(html.slice(0, at))).state);
    }
    const page = parse(html);
    const elements = [...page.body.querySelectorAll('*')];
    for (const at of spread(elements.length, 15)) {
      const gone = elements[at];
      if (!gone?.parentNode) continue;
      const [parent, next] = [gone.parentNode, gone.nextSibling];
      gone.remove();
      expect(allowed, `without <${gone.tagName.toLowerCase()}>`).toContain(twoFactor.detect(page).state);
      parent.insertBefore(gone, next);
    }
    for (const lang of ['', 'fr', name.includes('.en.') ? 'km' : 'en']) {
      page.documentElement.lang = lang;
      expect(twoFactor.detect(page), `lang="${lang}"`).toEqual({ state: 'unknown' });
    }
  });
});
