// No zod here: content scripts carry this into the platform's page.
import { clip } from '../text/normalise';
import { type Detection, EVIDENCE_MAX } from './definition';
import { comparable, LABELS, switchState, TOGGLE, type WordList } from './dom';

type OnOff = 'on' | 'off';

/** Word lists that also name the apps Accounts Center lists accounts of. */
export interface AccountWords extends WordList {
  accounts: Record<string, readonly string[]> & { facebook: readonly string[]; other: readonly string[] };
}

/**
 * Reads an on/off state on a screen of Meta's Accounts Center, which can list every account a
 * person links: several Facebook profiles, Instagram, and more. The screen must be headed with the
 * setting's name (`screen`, a label key) in the page's language. A state counts only inside the nearest
 * container that names an account's app, and only when that app is Facebook and no other:
 * Instagram's "On" says nothing about Facebook, and a state beside no named account belongs to
 * no one we know. Several Facebook accounts must agree, and one showing a value that is neither
 * on nor off makes the reading unknown.
 *
 * A state is "On"/"Off" shown as a whole text, a sentence listed under `says` (an `accounts` key
 * per state), or, with `channels`, an account's switches, one per way of telling it (on if any is).
 * Returns undefined when the screen is not such a screen: no Facebook account or no setting name.
 */
export function detectAccountState<W extends AccountWords>(
  document: Document,
  lists: Readonly<Record<string, W>>,
  screen: keyof W['labels'] & string,
  states: Record<OnOff, 'risky' | 'safe'>,
  options: { says?: Record<OnOff, keyof W['accounts'] & string>; channels?: boolean },
): Detection | undefined {
  const words = lists[document.documentElement.lang.split('-')[0]?.toLowerCase() ?? ''];
  // The whole page: Accounts Center opens each setting in a dialog beside role=main.
  const scope = document.body;
  if (!words || !scope) return;
  const textOf = (el: Element) => comparable(el.getAttribute('aria-label') ?? el.textContent ?? '');
  const whole = (phrases: readonly string[]) => {
    const wanted = phrases.map(comparable);
    return (text: string) => wanted.includes(text);
  };
  const isFacebook = whole(words.accounts.facebook);
  const isOther = whole(words.accounts.other);
  // App names as text: a logo's aria-label "Facebook" names no account.
  const appOf = (el: Element) => comparable(el.textContent ?? '');
  const marks = [...scope.querySelectorAll('[dir=auto]')].filter(
    (el) => isFacebook(appOf(el)) || isOther(appOf(el)),
  );
  // The setting's own screen: a heading or dialog named after it, not a link to it in a list.
  const name = (words.labels[screen] ?? []).map(comparable);
  const titles = [...scope.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading],[role=dialog][aria-label]')];
  const headed = titles.some((el) => name.some((phrase) => textOf(el).includes(phrase)));
  if (!headed || !marks.some((el) => isFacebook(appOf(el)))) return;

  const isOn = whole(words.values.on ?? []);
  const isOff = whole(words.values.off ?? []);
  const isValue = whole(Object.values(words.values).flat());
  const says = (key: OnOff) =>
    (options.says ? (words.accounts[options.says[key]] ?? []) : []).map(comparable);
  const sayOn = says('on');
  const sayOff = says('off');
  /** On, off, or a value we cannot rate ("other"), or nothing to do with the setting. */
  function stateOf(el: Element): OnOff | 'other' | undefined {
    if (el.matches(TOGGLE)) return options.channels ? switchState(el) : undefined;
    const text = textOf(el);
    // A button saying only the word is an action: Khmer បិទ is "off", "close" and "turn off".
    const control = el.closest('[role=button],button');
    if (control && textOf(control) === text) return;
    if (isOn(text) || sayOn.some((phrase) => text.includes(phrase))) return 'on';
    if (isOff(text) || sayOff.some((phrase) => text.includes(phrase))) return 'off';
    if (isValue(text)) return 'other';
  }
  const found = [...scope.querySelectorAll(`${LABELS},${TOGGLE}`)].flatMap((el) => {
    const state = stateOf(el);
    return state ? [[el, state] as const] : [];
  });

  // Each account's container, its states, and how the first one is shown (word or sentence).
  const accounts = new Map<Element, { seen: Set<OnOff | 'other'>; shown: string }>();
  for (const [el, state] of found) {
    // A container repeating the state of a text inside it is not a second state.
    if (found.some(([other]) => other !== el && el.contains(other))) continue;
    let row: Element = el;
    while (row !== scope && row.parentElement && !marks.some((mark) => row.contains(mark)))
      row = row.parentElement;
    const apps = marks.filter((mark) => row.contains(mark));
    if (apps.length === 0 || !apps.every((mark) => isFacebook(appOf(mark)))) continue;
    const shown = el.matches(TOGGLE) || isOn(textOf(el)) || isOff(textOf(el)) ? '' : (el.textContent ?? '');
    const account = accounts.get(row) ?? { seen: new Set(), shown };
    accounts.set(row, account);
    account.seen.add(state);
  }
  const readings = [...accounts].map(([row, { seen, shown }]) => {
    let state: OnOff | undefined;
    if (seen.has('other')) state = undefined;
    else if (options.channels) state = seen.has('on') ? 'on' : 'off';
    else if (seen.size === 1) state = seen.has('on') ? 'on' : 'off';
    return { row, shown, state };
  });
  const [first] = readings;
  const state = first?.state;
  if (!first || !state || readings.some((reading) => reading.state !== state)) return { state: 'unknown' };
  return {
    state: states[state],
    evidence: {
      label: clip(marks.find((mark) => first.row.contains(mark))?.textContent ?? '', EVIDENCE_MAX),
      value: clip(first.shown || (words.values[state]?.[0] ?? state), EVIDENCE_MAX),
    },
  };
}
