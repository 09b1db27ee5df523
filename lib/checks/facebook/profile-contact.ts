import { clip } from '../../text/normalise';
import { type Detection, defineCheck, EVIDENCE_MAX, type UrlExamples } from '../definition';
import { comparable, settingsScope } from '../dom';
import { anyOf, desktopPage } from './pages';
import { FACEBOOK_WORDS } from './words';

// The About section's contact and birthday pages: the classic one and the 2025 directory pages.
const SECTION = 'about_contact_and_basic_info|directory_contact_info|directory_personal_details';
const PROFILE_PATH = new RegExp(`^/[\\w.]+/(?:${SECTION})/?$`);
const PROFILE_SK = new RegExp(`^(?:${SECTION})$`);
// Every audience short of Public keeps an item from strangers.
const NOT_PUBLIC = ['friends', 'friendsOfFriends', 'friendsExcept', 'specificFriends', 'onlyMe', 'custom'];

/**
 * Reads the audience selector beside each contact item (mobile, email, address) and the birthday
 * on one's own profile. Only a profile's owner gets selectors: on anyone else's profile the items
 * pair with none, and the items' values (the number, the address) are never read at all.
 * Risky when an item is Public. Safe only when the page shows both a contact item and the
 * birthday, each with an audience short of Public: a page half drawn, or showing one kind, is not
 * enough. Unknown when any item pairs with no selector, or with one we cannot read.
 */
function detect(document: Document): Detection {
  const unknown: Detection = { state: 'unknown' };
  const words = FACEBOOK_WORDS[document.documentElement.lang.split('-')[0]?.toLowerCase() ?? ''];
  const scope = settingsScope(document);
  if (!words || !scope) return unknown;
  const selectorWords = words.profile.audience.map(comparable);
  const contactWords = words.profile.contact.map(comparable);
  const birthdayWords = words.profile.birthday.map(comparable);
  const kindOf = (el: Element) => {
    const text = comparable(el.textContent ?? '');
    if (contactWords.includes(text)) return 'contact';
    if (birthdayWords.includes(text)) return 'birthday';
  };
  // Longest first, so "Friends of friends" wins over "Friends".
  const audiences = Object.entries(words.values)
    .flatMap(([key, list]) => list.map((word) => [key, word, comparable(word)] as const))
    .sort((a, b) => b[2].length - a[2].length);
  const selectors = [...scope.querySelectorAll('[aria-label]')].filter((el) =>
    selectorWords.some((phrase) => comparable(el.getAttribute('aria-label') ?? '').includes(phrase)),
  );
  const found = [...scope.querySelectorAll('[dir=auto]')].filter(kindOf);
  const names = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));

  const items = names.map((name) => {
    // The item: the nearest container around its name holding a selector, which must hold only
    // this one selector and this one name.
    let row = name.parentElement;
    while (row && row !== scope && !selectors.some((el) => row?.contains(el))) row = row.parentElement;
    const mine = selectors.filter((el) => row?.contains(el));
    const alone = mine.length === 1 && names.every((other) => other === name || !row?.contains(other));
    // "Edit privacy. Sharing with Public.": the audience is a whole word of the sentence.
    const sentence = ` ${comparable((alone && mine[0]?.getAttribute('aria-label')) || '')} `;
    const heard = audiences.find(([, , word]) => {
      const at = sentence.indexOf(word);
      return at > 0 && !/[a-z0-9]/.test(`${sentence[at - 1]}${sentence[at + word.length]}`);
    });
    return { name: name.textContent ?? '', kind: kindOf(name), key: heard?.[0], value: heard?.[1] ?? '' };
  });
  if (!items.every((item) => item.key === 'public' || NOT_PUBLIC.includes(item.key ?? ''))) return unknown;
  const shown =
    items.find((item) => item.key === 'public') ??
    (items.some((item) => item.kind === 'contact') && items.some((item) => item.kind === 'birthday')
      ? items[0]
      : undefined);
  if (!shown) return unknown;
  return {
    state: shown.key === 'public' ? 'risky' : 'safe',
    evidence: { label: clip(shown.name, EVIDENCE_MAX), value: shown.value },
  };
}

export const profileContact = defineCheck({
  id: 'facebook.profile-contact',
  platform: 'facebook',
  severity: 'high',
  pages: {
    // Anyone's About section matches: whose it is shows only in the page itself (see detect).
    matches: anyOf(
      desktopPage(PROFILE_PATH),
      (url) => desktopPage(/^\/profile\.php$/)(url) && PROFILE_SK.test(url.searchParams.get('sk') ?? ''),
    ),
  },
  detect,
  scope: settingsScope,
  // /me opens the signed-in person's own profile.
  deepLink: 'https://www.facebook.com/me/about_contact_and_basic_info',
});

/** Pages this check must run on, and look-alikes it must not (held by the registry test). */
export const urlExamples: UrlExamples = {
  match: [
    'https://www.facebook.com/me/about_contact_and_basic_info',
    'https://www.facebook.com/sokha.chan.77/about_contact_and_basic_info',
    'https://web.facebook.com/sokha.chan.77/about_contact_and_basic_info/',
    'https://facebook.com/sokha.chan.77/about_contact_and_basic_info',
    'https://www.facebook.com/profile.php?id=100012345678901&sk=about_contact_and_basic_info',
    'https://www.facebook.com/sokha.chan.77/directory_contact_info',
    'https://www.facebook.com/profile.php?id=100012345678901&sk=directory_personal_details',
  ],
  noMatch: [
    'https://www.facebook.com/',
    'https://www.facebook.com/sokha.chan.77',
    'https://www.facebook.com/sokha.chan.77/about',
    'https://www.facebook.com/sokha.chan.77/about_work_and_education',
    'https://www.facebook.com/profile.php?id=100012345678901',
    'https://www.facebook.com/profile.php?id=100012345678901&sk=about',
    'https://www.facebook.com/groups/123/about_contact_and_basic_info',
    'https://m.facebook.com/sokha.chan.77/about_contact_and_basic_info',
    'https://accountscenter.facebook.com/personal_info/contact_points',
    'http://www.facebook.com/sokha.chan.77/about_contact_and_basic_info',
    'https://facebook.com.evil.example/sokha.chan.77/about_contact_and_basic_info',
  ],
};
