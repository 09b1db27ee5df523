import type { WordList } from '../checks/dom';
import { FACEBOOK_WORDS } from '../checks/facebook/words';
import { GOOGLE_WORDS } from '../checks/google/words';
import type { CheckId } from '../checks/observation';
import type { PracticeMessageKey } from '../i18n/practice';

/*
 * The practice screens as data: one per registered check, keyed by its id. A screen draws only
 * the platform's own words (its word list, shared with the detectors) inside a sentence of ours,
 * so the registered detector reads the practice screen exactly as it reads the real page.
 */

/** One question answered by picking one of several values (radio buttons). */
export interface ChoiceControl {
  kind: 'choice';
  /** The word list's label key; the screen shows its first phrase inside `sentence`. */
  setting: string;
  /** Our words around the platform's phrase (a `{phrase}` placeholder); none when the phrase is the whole label. */
  sentence?: PracticeMessageKey;
  /** Value keys of the word list, in the order the platform lists them. */
  choices: readonly string[];
  risky: string;
  safe: string;
}

/** One switch, on or off. */
export interface SwitchControl {
  kind: 'switch';
  setting: string;
  sentence?: PracticeMessageKey;
  risky: 'on' | 'off';
  safe: 'on' | 'off';
}

/** A setting stated in words ("Off", "On since …") beside a button that changes it, as Google shows it. */
export interface StatementControl {
  kind: 'statement';
  setting: string;
  sentence?: PracticeMessageKey;
  risky: 'on' | 'off';
  safe: 'on' | 'off';
}

/** A profile's items (contact, birthday), each with its own audience button. */
export interface AudienceControl {
  kind: 'audience';
  items: readonly {
    field: string;
    /** Which of the word list's profile names the item shows. */
    kind: 'contact' | 'birthday';
    /** Made-up content shown under the item's name: never anyone's real data. */
    shown: PracticeMessageKey;
  }[];
  choices: readonly string[];
  risky: string;
  safe: string;
}

export type PracticeControl = ChoiceControl | SwitchControl | StatementControl | AudienceControl;

/** A platform's words: its settings, and for profile screens the names of items and their audience button. */
export type PracticeWords = WordList & {
  profile?: { audience: readonly string[]; contact: readonly string[]; birthday: readonly string[] };
};

export interface PracticeScreen {
  checkId: CheckId;
  /** The platform's words, as its detectors read them. */
  words: Readonly<Record<string, PracticeWords>>;
  /** The heading of the settings page this screen looks like. */
  page: PracticeMessageKey;
  control: PracticeControl;
}

const AUDIENCES = ['public', 'friends', 'onlyMe'] as const;
const LOOKUP = ['everyone', 'friendsOfFriends', 'friends', 'onlyMe'] as const;

export const PRACTICE_SCREENS: Readonly<Record<CheckId, PracticeScreen>> = {
  'facebook.future-posts': {
    checkId: 'facebook.future-posts',
    words: FACEBOOK_WORDS,
    page: 'practice.page.privacy',
    control: {
      kind: 'choice',
      setting: 'futurePosts',
      sentence: 'practice.sentence.futurePosts',
      choices: AUDIENCES,
      risky: 'public',
      safe: 'friends',
    },
  },
  'facebook.lookup-phone': {
    checkId: 'facebook.lookup-phone',
    words: FACEBOOK_WORDS,
    page: 'practice.page.findContact',
    control: {
      kind: 'choice',
      setting: 'lookupPhone',
      sentence: 'practice.sentence.lookupPhone',
      choices: LOOKUP,
      risky: 'everyone',
      safe: 'onlyMe',
    },
  },
  'facebook.lookup-email': {
    checkId: 'facebook.lookup-email',
    words: FACEBOOK_WORDS,
    page: 'practice.page.findContact',
    control: {
      kind: 'choice',
      setting: 'lookupEmail',
      sentence: 'practice.sentence.lookupEmail',
      choices: LOOKUP,
      risky: 'everyone',
      safe: 'onlyMe',
    },
  },
  'facebook.search-engines': {
    checkId: 'facebook.search-engines',
    words: FACEBOOK_WORDS,
    page: 'practice.page.findContact',
    control: {
      kind: 'choice',
      setting: 'searchEngines',
      sentence: 'practice.sentence.searchEngines',
      choices: ['yes', 'no'],
      risky: 'yes',
      safe: 'no',
    },
  },
  'facebook.friends-list': {
    checkId: 'facebook.friends-list',
    words: FACEBOOK_WORDS,
    page: 'practice.page.findContact',
    control: {
      kind: 'choice',
      setting: 'friendsList',
      sentence: 'practice.sentence.friendsList',
      choices: AUDIENCES,
      risky: 'public',
      safe: 'friends',
    },
  },
  'facebook.friend-requests': {
    checkId: 'facebook.friend-requests',
    words: FACEBOOK_WORDS,
    page: 'practice.page.findContact',
    control: {
      kind: 'choice',
      setting: 'friendRequests',
      sentence: 'practice.sentence.friendRequests',
      choices: ['everyone', 'friendsOfFriends'],
      risky: 'everyone',
      safe: 'friendsOfFriends',
    },
  },
  'facebook.tag-review': {
    checkId: 'facebook.tag-review',
    words: FACEBOOK_WORDS,
    page: 'practice.page.tagging',
    control: {
      kind: 'switch',
      setting: 'tagReview',
      sentence: 'practice.sentence.tagReview',
      risky: 'off',
      safe: 'on',
    },
  },
  'facebook.profile-contact': {
    checkId: 'facebook.profile-contact',
    words: FACEBOOK_WORDS,
    page: 'practice.page.profile',
    control: {
      kind: 'audience',
      items: [
        { field: 'mobile', kind: 'contact', shown: 'practice.fake.phone' },
        { field: 'birthday', kind: 'birthday', shown: 'practice.fake.birthday' },
      ],
      choices: AUDIENCES,
      risky: 'public',
      safe: 'onlyMe',
    },
  },
  'facebook.two-factor': {
    checkId: 'facebook.two-factor',
    words: FACEBOOK_WORDS,
    page: 'practice.page.security',
    control: {
      kind: 'switch',
      setting: 'twoFactor',
      risky: 'off',
      safe: 'on',
    },
  },
  'facebook.login-alerts': {
    checkId: 'facebook.login-alerts',
    words: FACEBOOK_WORDS,
    page: 'practice.page.security',
    control: {
      kind: 'switch',
      setting: 'loginAlerts',
      sentence: 'practice.sentence.loginAlerts',
      risky: 'off',
      safe: 'on',
    },
  },
  'google.two-factor': {
    checkId: 'google.two-factor',
    words: GOOGLE_WORDS,
    page: 'practice.page.accountSecurity',
    control: { kind: 'statement', setting: 'twoStep', risky: 'off', safe: 'on' },
  },
};

/**
 * Registered checks that have no practice screen yet. Each is named in the practice page, so a
 * trainer knows it is missing; the coverage test fails for any registered check in neither place.
 */
export const NOT_YET_PRACTISED: readonly CheckId[] = [];

/** A screen's settings, each with the value key it shows now. */
export type ScreenValues = Readonly<Record<string, string>>;
export type PracticeValues = Readonly<Record<CheckId, ScreenValues>>;

function fields(control: PracticeControl): string[] {
  return control.kind === 'audience' ? control.items.map((item) => item.field) : ['value'];
}

/** A screen as a new group finds it: every setting risky. */
export const riskyValues = (screen: PracticeScreen): ScreenValues =>
  Object.fromEntries(fields(screen.control).map((field) => [field, screen.control.risky]));

/** Every screen risky: the state practice starts in and "reset for the next group" returns to. */
export function initialValues(screens: Readonly<Record<CheckId, PracticeScreen>>): PracticeValues {
  return Object.fromEntries(Object.values(screens).map((screen) => [screen.checkId, riskyValues(screen)]));
}

/** The first word the platform uses for a value or label, in a language it has words for. */
export function firstWord(
  words: Readonly<Record<string, PracticeWords>>,
  language: string,
  part: 'labels' | 'values' | 'profile',
  key: string,
): string {
  const list = words[language]?.[part] as Record<string, readonly string[]> | undefined;
  const word = list?.[key]?.[0];
  if (!word) throw new Error(`no ${part} word "${key}" in ${language}`);
  return word;
}
