// No zod here: content scripts carry this into the platform's page.
import { clip } from '../text/normalise';
import { type Detection, EVIDENCE_MAX } from './definition';
import { comparable, type WordList } from './dom';

type OnOff = 'on' | 'off';

/** Word lists that also list how sentences stating a setting's state begin. */
export interface StatementWords extends WordList {
  says: Record<OnOff, readonly string[]>;
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';
/** What Google draws one setting of a list as: a link to its page, or a list item. */
const ROWS = 'a[href],[role=link],li,[role=listitem]';
/** Longer texts are paragraphs, not a state: skipping them keeps big containers cheap. */
const LONGEST = 200;

/**
 * Reads an on/off setting whose state is written as text: a word ("On"), or a sentence beginning
 * one of the `says` phrases ("On since 12 Mar 2021", "2-Step Verification is off"). A sentence
 * naming the setting speaks for itself; any other state counts only in the row of a label naming
 * the setting: the smallest container around the label that shows one, as long as that container
 * is not yet a section (a heading of its own) nor a list holding another setting's row. Unknown
 * when the language has no word list, nothing states the setting, or two states disagree.
 */
export function detectStatement<W extends StatementWords>(
  document: Document,
  lists: Readonly<Record<string, W>>,
  setting: keyof W['labels'] & string,
  states: Record<OnOff, 'risky' | 'safe'>,
): Detection {
  const unknown: Detection = { state: 'unknown' };
  const words = lists[document.documentElement.lang.split('-')[0]?.toLowerCase() ?? ''];
  const scope = document.querySelector('[role=main]') ?? document.body;
  if (!words || !scope) return unknown;
  const phrases = (words.labels[setting] ?? []).map(comparable);
  const names = (text: string) => phrases.some((phrase) => text.includes(phrase));
  const is = (key: OnOff) => {
    const whole = (words.values[key] ?? []).map(comparable);
    const starts = words.says[key].map(comparable);
    return (text: string) => whole.includes(text) || starts.some((phrase) => text.startsWith(phrase));
  };
  const isOn = is('on');
  const isOff = is('off');

  /**
   * Each element's text as a screen reader has it (its aria-label, else its text without what is
   * hidden), built from the innermost elements out in one pass, and left out once it is too long
   * to be a label or a state: a whole page's text is never put together.
   */
  const shown = new Map<Element, string | null>();
  const elements = [...scope.querySelectorAll('*')];
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as Element;
    let text: string | null = '';
    if (el.matches('script,style,template,[aria-hidden=true]')) text = '';
    else if (el.hasAttribute('aria-label')) text = el.getAttribute('aria-label') ?? '';
    else
      for (const node of el.childNodes) {
        const part = node.nodeType === 3 ? (node as Text).data : (shown.get(node as Element) ?? '');
        if (part === null || text.length + part.length > LONGEST) {
          text = null;
          break;
        }
        text += part;
      }
    shown.set(el, text);
  }
  const texts = new Map<Element, string>();
  for (const [el, text] of shown)
    if (text?.trim() && !el.closest('[aria-hidden=true]')) texts.set(el, comparable(text));
  function stateOf(el: Element, text: string): OnOff | undefined {
    // A button saying only the word is an action: Khmer បិទ is "off", "close" and "turn off".
    const control = el.closest('button,[role=button]');
    if (control && texts.get(control) === text) return;
    return isOn(text) ? 'on' : isOff(text) ? 'off' : undefined;
  }
  const innermost = (found: Element[]) =>
    found.filter((el) => !found.some((o) => o !== el && el.contains(o)));
  const stated = new Map<Element, OnOff>();
  for (const [el, text] of texts) {
    const state = stateOf(el, text);
    if (state) stated.set(el, state);
  }
  const statements = innermost([...stated.keys()]);
  const labels = innermost([...texts].filter(([, text]) => names(text)).map(([el]) => el));

  /** The state shown in the label's row: its statement, or nothing, or null when it shows two. */
  function rowState(label: Element): Element | null | undefined {
    for (let row: Element | null = label; row && scope?.contains(row); row = row.parentElement) {
      const headings = [...row.querySelectorAll(HEADINGS)];
      if (headings.some((heading) => !heading.contains(label) && !label.contains(heading))) return;
      const inRow = statements.filter((el) => row.contains(el) && !label.contains(el));
      // A state inside another setting's row is that setting's: the search has left our row.
      const theirs = (el: Element) => {
        const other = el.closest(ROWS);
        return other !== null && row.contains(other) && !other.contains(label);
      };
      if (inRow.some(theirs)) return;
      if (inRow.length) return new Set(inRow.map((el) => stated.get(el))).size > 1 ? null : inRow[0];
    }
  }

  const readings: { label: string; statement: Element; state: OnOff }[] = [];
  const read = (label: string, statement: Element) => {
    const state = stated.get(statement);
    if (state) readings.push({ label, statement, state });
  };
  for (const el of statements) if (names(texts.get(el) ?? '')) read(words.labels[setting]?.[0] ?? '', el);
  for (const label of labels) {
    if (statements.includes(label)) continue;
    const found = rowState(label);
    if (found === null) return unknown;
    if (found) read(shown.get(label) ?? '', found);
  }
  const [first] = readings;
  if (!first || readings.some(({ state }) => state !== first.state)) return unknown;
  return {
    state: states[first.state],
    evidence: {
      label: clip(first.label, EVIDENCE_MAX),
      value: clip(shown.get(first.statement) ?? '', EVIDENCE_MAX),
    },
  };
}
