import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EVIDENCE_MAX } from '../../../lib/checks/definition';
import { detectSetting, type WordList } from '../../../lib/checks/dom';
import { futurePosts } from '../../../lib/checks/facebook/future-posts';
import { FACEBOOK_WORDS } from '../../../lib/checks/facebook/words';
import type { Observation } from '../../../lib/checks/observation';
import { watchPage } from '../../../lib/checks/watch';
import { normaliseText } from '../../../lib/text/normalise';

const DIR = join(process.cwd(), 'tests/fixtures/facebook/future-posts');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'));

/** What each fixture shows as the value; the evidence must name exactly that word. */
const SHOWN: Record<string, string> = {
  'www-privacy.en.risky.html': 'Public',
  'www-privacy.en.safe.html': 'Friends except',
  'www-privacy.km.risky.html': 'សាធារណៈ',
  'www-privacy.km.safe.html': 'មិត្តភក្តិ',
  'www-posts.en.risky.html': 'Public',
  'www-posts.en.safe.html': 'Only me',
  'www-posts.km.risky.html': 'សាធារណៈ',
  'www-posts.km.safe.html': 'មិត្តភក្តិលើកលែងតែ',
  'm-privacy.en.risky.html': 'Public',
  'm-privacy.en.safe.html': 'Specific friends',
  'm-privacy.km.risky.html': 'សាធារណៈ',
  'm-privacy.km.safe.html': 'មានតែខ្ញុំ',
  'm-composer.en.safe.html': 'Friends',
  'm-composer.km.risky.html': 'សាធារណៈ',
};

const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.html'));
/** Whether the page shows the future-posts label as text a reader sees (scripts do not count). */
const labelShown = (page: Document, lang: string) =>
  [...page.querySelectorAll('[dir=auto],[aria-label],h1,h2,h3')].some((el) =>
    (FACEBOOK_WORDS[lang]?.labels.futurePosts ?? []).some((phrase) =>
      normaliseText(el.getAttribute('aria-label') ?? el.textContent ?? '')
        .replaceAll(' ', '')
        .includes(normaliseText(phrase).replaceAll(' ', '')),
    ),
  );

describe('facebook.future-posts on the fixture pages', () => {
  it('covers each layout in both languages, plus a language without a word list', () => {
    const layouts = new Set(fixtures.map((name) => name.split('.')[0]));
    expect([...layouts].sort()).toEqual([
      'm-composer',
      'm-privacy',
      'www-posts',
      'www-privacy',
      'www-privacy-late',
    ]);
    expect(fixtures.filter((name) => !/\.(en|km)\./.test(name))).toEqual(['www-privacy.fr.unknown.html']);
    // Every risky or safe page has its shown value written down below.
    expect(fixtures.filter((name) => /^[a-z-]+(?<!-late)\.\w+\.(risky|safe)\./.test(name)).sort()).toEqual(
      Object.keys(SHOWN).sort(),
    );
  });

  it.each(Object.entries(SHOWN))('reads %s with the label and the value shown', (name, value) => {
    const state = name.split('.')[2];
    const detection = futurePosts.detect(load(name));
    expect(detection.state).toBe(state);
    expect(detection.evidence?.value).toBe(value);
    // The label is the question itself, never a neighbouring row or the whole section.
    const label = detection.evidence?.label ?? '';
    expect(label.length).toBeLessThanOrEqual(EVIDENCE_MAX);
    const lang = name.split('.')[1] ?? '';
    expect(labelShown(parse(`<html><body><span dir="auto">${label}</span></body></html>`), lang)).toBe(true);
  });

  it.each(fixtures.filter((name) => name.includes('.unknown.')))(
    'finds the label on %s but still says unknown',
    (name) => {
      const page = load(name);
      const lang = name.split('.')[1] ?? '';
      // A page in a language without a word list still shows the setting, in its own words.
      expect(
        lang in FACEBOOK_WORDS
          ? labelShown(page, lang)
          : /futures publications/.test(page.body.textContent ?? ''),
      ).toBe(true);
      expect(futurePosts.detect(page).state).toBe('unknown');
    },
  );

  it('reads nothing from the late page before its script runs, then the setting once it renders', async () => {
    const page = load('www-privacy-late.en.risky.html');
    expect(labelShown(page, 'en')).toBe(false);
    const sent: Observation[][] = [];
    const watcher = watchPage({
      platform: 'facebook',
      checks: [futurePosts],
      document: page,
      url: () => 'https://www.facebook.com/settings?tab=privacy',
      send: (observations) => sent.push(observations),
      schedule: (run) => setTimeout(run, 0),
      now: () => 1,
    });
    // The page's own inline script, run against the parsed page as a browser would.
    for (const script of page.querySelectorAll('script:not([type])')) {
      new Function('document', script.textContent ?? '')(page);
    }
    await vi.waitFor(() => expect(sent.at(-1)?.[0]?.state).toBe('risky'), { timeout: 2000 });
    watcher.stop();
    expect(sent[0]?.[0]?.state).toBe('unknown');
    expect(sent.at(-1)?.[0]?.evidence).toEqual({ label: 'Who can see your future posts?', value: 'Public' });
  });
});

/** A settings row as the phone site draws it, with the label and value text given. */
function phoneRow(lang: string, label: string, value: string) {
  const page = load(`m-privacy.${lang}.safe.html`);
  const row = [...page.querySelectorAll('[role=button][data-action-id]')].find((el) =>
    /future|អនាគត/.test(el.textContent ?? ''),
  );
  const [labelText, valueText] = row?.querySelectorAll('.native-text span') ?? [];
  if (!labelText || !valueText) throw new Error('the fixture lost its future-posts row');
  labelText.textContent = label;
  valueText.textContent = value;
  return futurePosts.detect(page).state;
}

describe('facebook.future-posts spelling variants', () => {
  it.each([
    ['en', 'WHO CAN SEE YOUR FUTURE POSTS?', 'PUBLIC', 'risky'],
    ['en', 'Who can see your future\u00a0posts?', ' Public\u200b ', 'risky'],
    ['en', 'Who can see your future posts?', 'Friends except...', 'safe'],
    ['en', 'Who can see your future posts?', 'Friends except\u2026', 'safe'],
    ['en', 'Who can see your future posts?', 'Only me', 'safe'],
    ['en', 'Who can see your future posts?', 'Friends of friends', 'unknown'],
    ['en', 'Who can see your future posts?', 'Publicity', 'unknown'],
    ['en', 'Who can see your past posts?', 'Public', 'unknown'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការបង្ហោះនាពេលអនាគតរបស់អ្នក?', 'សាធារណៈ', 'risky'],
    [
      'km',
      'តើ\u200bអ្នក\u200bណា\u200bអាច\u200bមើល\u200bឃើញ\u200bការ\u200bបង្ហោះ\u200bនា\u200bពេល\u200bអនាគត?',
      'សា\u200bធារណៈ',
      'risky',
    ],
    ['km', 'តើអ្នកណា អាចមើលឃើញ ការបង្ហោះ នាពេល អនាគត?', 'មិត្តភក\u17d2\u178aិ', 'safe'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការប្រកាសនាពេលអនាគតរបស់អ្នក?', 'មិត្តភ័ក្តិ', 'safe'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការបង្ហោះនាពេលអនាគតរបស់អ្នក?', 'មិត្តភក្តិ លើកលែងតែ...', 'safe'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការបង្ហោះនាពេលអនាគតរបស់អ្នក?', 'មិត្តភក្តិរបស់មិត្តភក្តិ', 'unknown'],
    ['km', 'តើអ្នកណាអាចមើលឃើញការបង្ហោះពីមុនរបស់អ្នក?', 'សាធារណៈ', 'unknown'],
  ])('%s: "%s" = "%s" reads as %s', (lang, label, value, state) => {
    expect(phoneRow(lang, label, value)).toBe(state);
  });

  it('picks the word list by the primary language of <html lang>, and no other', () => {
    const page = load('www-privacy.en.risky.html');
    for (const lang of ['en', 'en-US', 'en-GB', 'EN']) {
      page.documentElement.lang = lang;
      expect(futurePosts.detect(page).state, lang).toBe('risky');
    }
    for (const lang of ['', 'fr', 'km', 'english']) {
      page.documentElement.lang = lang;
      expect(futurePosts.detect(page).state, lang).toBe('unknown');
    }
    const khmer = load('www-privacy.km.risky.html');
    khmer.documentElement.lang = 'km-KH';
    expect(futurePosts.detect(khmer).state).toBe('risky');
  });
});

describe('detectSetting, the reader every check shares', () => {
  const WORDS: Record<string, WordList> = {
    en: {
      labels: { alerts: ['Get alerts about unrecognized logins'], audience: ['Who can see your stuff'] },
      values: { on: ['On'], off: ['Off'], public: ['Public'], friends: ['Friends'], everyone: ['Everyone'] },
    },
  };
  const page = (body: string) => parse(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`);
  const audience = (body: string) =>
    detectSetting(page(body), WORDS, 'audience', { public: 'risky', friends: 'safe' });
  const row = (label: string, value: string) =>
    `<div class="x1n2onr6"><div><span dir="auto">${label}</span></div><div><span dir="auto">${value}</span></div></div>`;

  it('reads a switch or checkbox from aria-checked', () => {
    const alerts = (checked: string) =>
      detectSetting(
        page(
          `<div role="main"><div><span dir="auto">Get alerts about unrecognized logins</span></div><div><input type="checkbox" role="switch" aria-checked="${checked}" aria-label="Alerts"></div></div>`,
        ),
        WORDS,
        'alerts',
        { on: 'safe', off: 'risky' },
      );
    expect(alerts('true')).toEqual({
      state: 'safe',
      evidence: { label: 'Get alerts about unrecognized logins', value: 'On' },
    });
    expect(alerts('false').state).toBe('risky');
  });

  it('reads a switch whose only label is its aria-label', () => {
    const detection = detectSetting(
      page(
        '<div role="checkbox" aria-checked="true" aria-label="Get alerts about unrecognized logins"></div>',
      ),
      WORDS,
      'alerts',
      { on: 'safe', off: 'risky' },
    );
    expect(detection.state).toBe('safe');
  });

  it('reads only inside role=main when the page has one, so dialogs and menus do not count', () => {
    const dialog = `<div role="dialog">${row('Who can see your stuff?', 'Public')}</div>`;
    expect(
      audience(`${dialog}<div role="main">${row('Who can see your stuff?', 'Friends')}</div>`).state,
    ).toBe('safe');
  });

  it('takes the checked option of a choice list, not the others', () => {
    const option = (value: string, checked: boolean) =>
      `<div role="radio" aria-checked="${checked}"><span dir="auto">${value}</span></div>`;
    const list = `<div role="radiogroup">${option('Public', false)}${option('Friends', true)}</div>`;
    expect(audience(`<h2>Who can see your stuff?</h2>${list}`).state).toBe('safe');
  });

  it('does not climb into the next setting when its own row shows no value', () => {
    const body = `<div>${row('Who can see your stuff?', '')}${row('Who can see your friends list?', 'Public')}</div>`;
    expect(audience(body)).toEqual({ state: 'unknown' });
  });

  it('says unknown when the row shows two different values', () => {
    const both = row('Who can see your stuff?', 'Friends').replace(
      '</div></div>',
      '<span dir="auto">Public</span></div></div>',
    );
    expect(audience(both).state).toBe('unknown');
  });

  it('matches short words only as the whole text, never inside a longer word', () => {
    expect(audience(row('Who can see your stuff?', 'Friendship')).state).toBe('unknown');
    expect(audience(`<div aria-label="Publicity">${row('Who can see your stuff?', '')}</div>`).state).toBe(
      'unknown',
    );
    expect(
      audience(`<div aria-label="Audience: Friends.">${row('Who can see your stuff?', '')}</div>`).state,
    ).toBe('safe');
  });

  it('reports a known value the check does not rate as unknown, with what it saw', () => {
    expect(audience(row('Who can see your stuff?', 'Everyone'))).toEqual({
      state: 'unknown',
      evidence: { label: 'Who can see your stuff?', value: 'Everyone' },
    });
  });

  it('keeps evidence within EVIDENCE_MAX', () => {
    const long = `Who can see your stuff? ${'and more words '.repeat(15)}`;
    const detection = audience(row(long, 'Public'));
    expect(detection.state).toBe('risky');
    expect(detection.evidence?.label.length).toBe(EVIDENCE_MAX);
  });
});
