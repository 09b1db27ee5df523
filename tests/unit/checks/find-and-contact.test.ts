import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../lib/checks/definition';
import { detectSetting } from '../../../lib/checks/dom';
import { friendRequests } from '../../../lib/checks/facebook/friend-requests';
import { friendsList } from '../../../lib/checks/facebook/friends-list';
import { lookupEmail } from '../../../lib/checks/facebook/lookup-email';
import { lookupPhone } from '../../../lib/checks/facebook/lookup-phone';
import { searchEngines } from '../../../lib/checks/facebook/search-engines';

/*
 * The five settings of "How people find and contact you". They share their pages: each fixture
 * page shows all five rows, and on the mixed pages neighbouring rows alternate between risky and
 * safe, so a detector that read its neighbour's row would get the wrong state.
 */
const FIXTURES = join(process.cwd(), 'tests/fixtures/facebook');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const load = (setting: string, name: string) => parse(readFileSync(join(FIXTURES, setting, name), 'utf8'));
const settingOf = (check: CheckDefinition) => check.id.split('.')[1] ?? '';

/** The value each risky or safe page shows for the check, as its evidence must name it. */
const SHOWN: { id: string; check: CheckDefinition; shown: Record<string, string> }[] = [
  {
    id: 'facebook.friend-requests',
    check: friendRequests,
    shown: {
      'www-privacy.en.risky.html': 'Everyone',
      'www-privacy.en.safe.html': 'Friends of friends',
      'www-privacy.km.risky.html': 'គ្រប់គ្នា',
      'www-privacy.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
      'www-contact.en.risky.html': 'Everyone',
      'www-contact.en.safe.html': 'Friends of friends',
      'www-contact.km.risky.html': 'គ្រប់គ្នា',
      'www-contact.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
      'm-privacy.en.risky.html': 'Everyone',
      'm-privacy.en.safe.html': 'Friends of friends',
      'm-privacy.km.risky.html': 'គ្រប់គ្នា',
      'm-privacy.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
    },
  },
  {
    id: 'facebook.friends-list',
    check: friendsList,
    shown: {
      'www-privacy.en.risky.html': 'Public',
      'www-privacy.en.safe.html': 'Only me',
      'www-privacy.km.risky.html': 'សាធារណៈ',
      'www-privacy.km.safe.html': 'មានតែខ្ញុំ',
      'www-contact.en.risky.html': 'Public',
      'www-contact.en.safe.html': 'Friends',
      'www-contact.km.risky.html': 'សាធារណៈ',
      'www-contact.km.safe.html': 'មានតែខ្ញុំ',
      'm-privacy.en.risky.html': 'Public',
      'm-privacy.en.safe.html': 'Only me',
      'm-privacy.km.risky.html': 'សាធារណៈ',
      'm-privacy.km.safe.html': 'មានតែខ្ញុំ',
    },
  },
  {
    id: 'facebook.lookup-email',
    check: lookupEmail,
    shown: {
      'www-privacy.en.risky.html': 'Everyone',
      'www-privacy.en.safe.html': 'Friends',
      'www-privacy.km.risky.html': 'គ្រប់គ្នា',
      'www-privacy.km.safe.html': 'មិត្តភ័ក្តិ',
      'www-contact.en.risky.html': 'Everyone',
      'www-contact.en.safe.html': 'Only me',
      'www-contact.km.risky.html': 'គ្រប់គ្នា',
      'www-contact.km.safe.html': 'មិត្តភ័ក្តិ',
      'm-privacy.en.risky.html': 'Everyone',
      'm-privacy.en.safe.html': 'Friends',
      'm-privacy.km.risky.html': 'គ្រប់គ្នា',
      'm-privacy.km.safe.html': 'មិត្តភ័ក្តិ',
    },
  },
  {
    id: 'facebook.lookup-phone',
    check: lookupPhone,
    shown: {
      'www-privacy.en.risky.html': 'Everyone',
      'www-privacy.en.safe.html': 'Friends of friends',
      'www-privacy.km.risky.html': 'គ្រប់គ្នា',
      'www-privacy.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
      'www-contact.en.risky.html': 'Everyone',
      'www-contact.en.safe.html': 'Friends',
      'www-contact.km.risky.html': 'គ្រប់គ្នា',
      'www-contact.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
      'm-privacy.en.risky.html': 'Everyone',
      'm-privacy.en.safe.html': 'Friends of friends',
      'm-privacy.km.risky.html': 'គ្រប់គ្នា',
      'm-privacy.km.safe.html': 'មិត្តភក្តិរបស់មិត្តភក្តិ',
    },
  },
  {
    id: 'facebook.search-engines',
    check: searchEngines,
    shown: {
      'www-privacy.en.risky.html': 'Yes',
      'www-privacy.en.safe.html': 'No',
      'www-privacy.km.risky.html': 'បាទ/ចាស',
      'www-privacy.km.safe.html': 'ទេ',
      // The newer page shows a switch.
      'www-contact.en.risky.html': 'On',
      'www-contact.en.safe.html': 'Off',
      'www-contact.km.risky.html': 'បើក',
      'www-contact.km.safe.html': 'បិទ',
      'm-privacy.en.risky.html': 'Yes',
      'm-privacy.en.safe.html': 'No',
      'm-privacy.km.risky.html': 'បាទ/ចាស',
      'm-privacy.km.safe.html': 'ទេ',
    },
  },
];

const LABELS: Record<string, RegExp> = {
  'facebook.friend-requests': /friend requests|សំណើ/,
  'facebook.friends-list': /friends list|បញ្ជី/,
  'facebook.lookup-email': /email|អ៊ីម/,
  'facebook.lookup-phone': /phone|ទូរ/,
  'facebook.search-engines': /search engines outside|ម៉ាស៊ីន/,
};

describe.each(SHOWN)('$id on the fixture pages', ({ check, shown }) => {
  const setting = settingOf(check);
  const fixtures = readdirSync(join(FIXTURES, setting)).filter((name) => name.endsWith('.html'));

  it('has the classic privacy page, the newer page and the phone site, each in both languages', () => {
    expect(fixtures.sort()).toEqual(
      ['m-privacy', 'www-contact', 'www-privacy']
        .flatMap((layout) =>
          ['en', 'km'].flatMap((lang) =>
            ['risky', 'safe', 'unknown'].map((s) => `${layout}.${lang}.${s}.html`),
          ),
        )
        .sort(),
    );
    expect(Object.keys(shown).sort()).toEqual(fixtures.filter((name) => !name.includes('.unknown.')).sort());
  });

  it.each(Object.entries(shown))('reads %s with its own label and the value shown', (name, value) => {
    const detection = check.detect(load(setting, name));
    expect(detection.state).toBe(name.split('.')[2]);
    expect(detection.evidence?.value).toBe(value);
    expect(detection.evidence?.label).toMatch(LABELS[check.id] ?? /^$/);
  });
});

describe('one page, five rows', () => {
  const checks = [friendRequests, friendsList, lookupEmail, lookupPhone, searchEngines];

  it.each(['www-privacy.en', 'www-privacy.km', 'www-contact.km', 'm-privacy.en', 'm-privacy.km'])(
    'each check reads its own row of %s, whose neighbours show the opposite',
    (page) => {
      // The friend-requests risky page is the one whose rows read risky, safe, risky, safe, risky.
      const mixed = load('friend-requests', `${page}.risky.html`);
      expect(checks.map((check) => check.detect(mixed).state)).toEqual([
        'risky',
        'safe',
        'risky',
        'safe',
        'risky',
      ]);
      const opposite = load('friend-requests', `${page}.safe.html`);
      expect(checks.map((check) => check.detect(opposite).state)).toEqual([
        'safe',
        'risky',
        'safe',
        'risky',
        'safe',
      ]);
    },
  );

  it('reads a new account as Facebook sets it up as risky on all five, and a locked-down one as safe', () => {
    expect(
      checks.map((check) => check.detect(load('lookup-email', 'www-contact.en.risky.html')).state),
    ).toEqual(Array(5).fill('risky'));
    expect(
      checks.map((check) => check.detect(load('lookup-email', 'www-contact.en.safe.html')).state),
    ).toEqual(Array(5).fill('safe'));
  });
});

describe('facebook.search-engines wordings', () => {
  const known = readdirSync(join(FIXTURES, 'search-engines')).filter((name) => !name.includes('.unknown.'));
  const pages = known.map(
    (name) => [name, readFileSync(join(FIXTURES, 'search-engines', name), 'utf8')] as const,
  );

  it.each(['outside of Facebook', 'outside of Meta'])(
    'has risky and safe English pages that say "%s"',
    (wording) => {
      const shown = pages.filter(([name, html]) => name.includes('.en.') && html.includes(wording));
      expect(shown.map(([name]) => name.split('.')[2]).sort()).toEqual(
        expect.arrayContaining(['risky', 'safe']),
      );
      for (const [name, html] of shown)
        expect(searchEngines.detect(parse(html)).state, name).toBe(name.split('.')[2]);
    },
  );
});

/** A phone-site page with one of the five rows given new label and value text. */
function phoneRow(lang: string, row: number, label: string, value: string) {
  const page = load('friend-requests', `m-privacy.${lang}.risky.html`);
  // The last five rows of the page are the five settings, in Facebook's order.
  const target = [...page.querySelectorAll('[role=button][data-action-id]')].slice(-5)[row];
  const [labelText, valueText] = target?.querySelectorAll('.native-text span') ?? [];
  if (!labelText || !valueText) throw new Error('the fixture lost its rows');
  labelText.textContent = label;
  valueText.textContent = value;
  return page;
}

describe('wording and spelling variants on the phone site', () => {
  const ROW = { friendRequests: 0, friendsList: 1, lookupEmail: 2, lookupPhone: 3, searchEngines: 4 };
  it.each([
    [friendRequests, 'en', ROW.friendRequests, 'WHO CAN SEND YOU FRIEND REQUESTS?', 'EVERYONE', 'risky'],
    // Friends is not a choice for friend requests: a page showing it is not understood.
    [friendRequests, 'en', ROW.friendRequests, 'Who can send you friend requests?', 'Friends', 'unknown'],
    [friendRequests, 'km', ROW.friendRequests, 'តើអ្នកណាអាចផ្ញើសំណើមិត្តភក្តិមកអ្នកបាន?', 'គ្រប់គ្នា', 'risky'],
    [friendsList, 'en', ROW.friendsList, 'Who can see your friends\u00a0list?', 'Public\u200b', 'risky'],
    [friendsList, 'en', ROW.friendsList, 'Who can see your friends list?', 'Friends of friends', 'unknown'],
    [friendsList, 'en', ROW.friendsList, 'Who can see your friends list?', 'Friends except...', 'safe'],
    [friendsList, 'km', ROW.friendsList, 'តើ អ្នកណា អាចមើលឃើញ បញ្ជី មិត្តភ័ក្តិ របស់អ្នក?', 'សាធារណៈ', 'risky'],
    [
      lookupEmail,
      'en',
      ROW.lookupEmail,
      'Who can look you up using the email address you provided?',
      'Public',
      'unknown',
    ],
    [lookupEmail, 'km', ROW.lookupEmail, 'តើអ្នកណាអាចស្វែងរកអ្នកដោយប្រើអ៊ីម៉ែលរបស់អ្នក?', 'គ្រប់គ្នា', 'risky'],
    [
      lookupPhone,
      'en',
      ROW.lookupPhone,
      'Who can look you up using the phone number you provided?',
      'Only me',
      'safe',
    ],
    [
      lookupPhone,
      'km',
      ROW.lookupPhone,
      'តើអ្នកណាអាចស្វែងរកអ្នកដោយប្រើលេខទូរស័ព្ទដែលអ្នកបានផ្តល់?',
      'គ្រប់\u200bគ្នា',
      'risky',
    ],
    [
      searchEngines,
      'en',
      ROW.searchEngines,
      'Do you want search engines outside of Meta to link to your profile?',
      'Yes',
      'risky',
    ],
    [
      searchEngines,
      'en',
      ROW.searchEngines,
      'Do you want search engines outside Facebook to link to your profile?',
      'No',
      'safe',
    ],
    [
      searchEngines,
      'en',
      ROW.searchEngines,
      'Allow search engines outside of Facebook to link to your profile',
      'Yes',
      'risky',
    ],
    [
      searchEngines,
      'en',
      ROW.searchEngines,
      'Do you want search engines to link to your profile?',
      'Yes',
      'unknown',
    ],
    [
      searchEngines,
      'km',
      ROW.searchEngines,
      'តើអ្នកចង់ឱ្យម៉ាស៊ីនស្វែងរកខាងក្រៅ Meta ភ្ជាប់ទៅប្រវត្តិរូបរបស់អ្នកដែរឬទេ?',
      'បាទ',
      'risky',
    ],
    // The setting's description names search engines too; it is not the setting.
    [searchEngines, 'km', ROW.searchEngines, 'ម៉ាស៊ីនស្វែងរកអាចភ្ជាប់ទៅប្រវត្តិរូបរបស់អ្នក', 'បាទ/ចាស', 'unknown'],
  ] as const)('%s: %s "%s" = "%s" reads as %s', (check, lang, row, label, value, state) => {
    expect(check.detect(phoneRow(lang, row, label, value)).state).toBe(state);
  });
});

describe('a switch that shows neither on nor off', () => {
  const WORDS = {
    en: { labels: { alerts: ['Allow search engines'] }, values: { on: ['On'], off: ['Off'] } },
  };
  const read = (checked: string | null) => {
    const page = document.implementation.createHTMLDocument('');
    page.documentElement.lang = 'en';
    const toggle = page.createElement('input');
    toggle.setAttribute('role', 'switch');
    toggle.setAttribute('aria-label', 'Allow search engines');
    if (checked !== null) toggle.setAttribute('aria-checked', checked);
    page.body.append(toggle);
    return detectSetting(page, WORDS, 'alerts', { on: 'risky', off: 'safe' }).state;
  };

  it('reads true and false, and says unknown while it renders or when mixed', () => {
    expect([read('true'), read('false'), read(null), read('mixed')]).toEqual([
      'risky',
      'safe',
      'unknown',
      'unknown',
    ]);
  });
});
