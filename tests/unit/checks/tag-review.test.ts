import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagReview } from '../../../lib/checks/facebook/tag-review';

/*
 * "Review posts you're tagged in before the post appears on your profile?" on the desktop
 * "Profile and tagging" page (a switch) and the phone site (On/Off text). Every page also shows
 * "Review tags people add to your posts …?" set the other way, so reading it would be wrong.
 */
const DIR = join(process.cwd(), 'tests/fixtures/facebook/tag-review');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));

const LABEL = {
  en: 'Review posts you’re tagged in before the post appears on your profile?',
  km: 'ពិនិត្យ\u200bមើល\u200bការ\u200bបង្ហោះ\u200bដែល\u200bអ្នក\u200bត្រូវ\u200bបាន\u200bដាក់\u200bស្លាក\u200bមុន\u200bពេល\u200bការ\u200bបង្ហោះ\u200bនោះ\u200bបង្ហាញ\u200bលើ\u200bប្រូហ្វាល់\u200bរបស់\u200bអ្នក?',
};

/** What each risky or safe page shows as the value; the evidence must name exactly that. */
const SHOWN: Record<string, string> = {
  'www-tagging.en.risky.html': 'Off',
  'www-tagging.en.safe.html': 'On',
  'www-tagging.km.risky.html': 'បិទ',
  'www-tagging.km.safe.html': 'បើក',
  'm-tagging.en.risky.html': 'Off',
  'm-tagging.en.safe.html': 'On',
  'm-tagging.km.risky.html': 'បិទ',
  'm-tagging.km.safe.html': 'បើក',
};

describe('facebook.tag-review on the fixture pages', () => {
  it('covers the desktop and phone layouts in both languages', () => {
    expect([...new Set(fixtures.map((name) => name.split('.')[0]))].sort()).toEqual([
      'm-tagging',
      'www-tagging',
    ]);
    expect(fixtures.filter((name) => /\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s with the question and the value shown', (name, value) => {
    const lang = name.split('.')[1] as 'en' | 'km';
    expect(tagReview.detect(load(name))).toEqual({
      state: name.split('.')[2],
      evidence: { label: LABEL[lang], value },
    });
  });

  it.each(['www-tagging.en.unknown.html', 'www-tagging.km.unknown.html'])(
    'says unknown on %s, where the question shows but its switch is still loading',
    (name) => {
      const page = load(name);
      expect(page.body.textContent).toContain(LABEL[name.includes('.km.') ? 'km' : 'en']);
      expect(page.querySelector('[role=main] [role=progressbar][aria-busy=true]')).not.toBeNull();
      // The neighbouring switch is right there, on: it is not this setting.
      expect(page.querySelectorAll('[role=main] [role=switch]')).toHaveLength(2);
      expect(tagReview.detect(page)).toEqual({ state: 'unknown' });
    },
  );
});

describe('facebook.tag-review traps', () => {
  it('follows its own switch, never the neighbouring "Review tags people add to your posts" one', () => {
    const page = load('www-tagging.en.risky.html');
    const review = [...page.querySelectorAll('[role=main] [role=switch]')];
    // Allow others to share to stories, review posts you're tagged in, review tags: in page order.
    expect(review.map((el) => el.getAttribute('aria-checked'))).toEqual(['true', 'false', 'true']);
    const [, ours, neighbour] = review;
    neighbour?.setAttribute('aria-checked', 'false');
    expect(tagReview.detect(page).state).toBe('risky');
    ours?.setAttribute('aria-checked', 'true');
    expect(tagReview.detect(page).state).toBe('safe');
    ours?.remove();
    expect(tagReview.detect(page)).toEqual({ state: 'unknown' });
  });

  it("reads a native checkbox's own checked state when the switch has no aria-checked", () => {
    const page = load('www-tagging.km.safe.html');
    const ours = page.querySelectorAll<HTMLInputElement>('[role=main] input[role=switch]')[1];
    expect(ours?.hasAttribute('aria-checked')).toBe(false);
    expect(tagReview.detect(page).state).toBe('safe');
    if (ours) ours.checked = false;
    expect(tagReview.detect(page).state).toBe('risky');
  });

  it('does not take the Activity Log row "Review all your posts and things you are tagged in"', () => {
    const page = load('m-tagging.en.safe.html');
    const label = [...page.querySelectorAll('[dir=auto]')].find((el) => el.textContent === LABEL.en);
    if (!label) throw new Error('the fixture lost its question');
    label.textContent = 'Review all your posts and things you’re tagged in';
    expect(tagReview.detect(page)).toEqual({ state: 'unknown' });
  });

  it.each([
    ['en', "Review posts you're tagged in before the post appears on your profile?", 'safe'],
    ['en', 'REVIEW POSTS YOU’RE TAGGED IN before the post appears on your timeline?', 'safe'],
    ['en', 'Review posts friends tag you in before they appear on your timeline?', 'safe'],
    ['en', 'Who can see posts you’re tagged in on your profile?', 'unknown'],
    ['km', 'ពិនិត្យមើលការប្រកាសដែលអ្នកត្រូវបានដាក់ស្លាក មុនពេលវាបង្ហាញលើប្រូហ្វាល់របស់អ្នក?', 'safe'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការបង្ហោះដែលអ្នកត្រូវបានដាក់ស្លាកលើប្រូហ្វាល់របស់អ្នក?', 'unknown'],
  ])('%s: "%s" reads as %s', (lang, wording, state) => {
    const page = load(`m-tagging.${lang}.safe.html`);
    const label = [...page.querySelectorAll('[dir=auto]')].find(
      (el) => el.textContent === LABEL[lang as 'en' | 'km'],
    );
    if (!label) throw new Error('the fixture lost its question');
    label.textContent = wording;
    expect(tagReview.detect(page).state).toBe(state);
  });
});
