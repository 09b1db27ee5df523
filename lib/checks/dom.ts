// No zod here, not even through observation.ts: content scripts carry this into the platform's page.
import { clip, normaliseText } from '../text/normalise';
import { type Detection, EVIDENCE_MAX } from './definition';

/** A platform's words in one language: each setting's label phrases, and each value's words. */
export interface WordList {
  labels: Record<string, readonly string[]>;
  values: Record<string, readonly string[]>;
}

// What platforms keep stable for screen readers: text direction marks, headings, labels, roles.
export const LABELS = '[dir=auto],[aria-label],h1,h2,h3,h4,h5,h6';
export const TOGGLE = '[role=switch],[role=checkbox]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6';

/** Where settings are read: the settings themselves, not menus or dialogs beside them (the phone site has no main). */
export const settingsScope = (document: Document): Element | null =>
  document.querySelector('[role=main]') ?? document.body;

/**
 * What the detectors of one scan read of the page, each read once. The page cannot change while
 * a synchronous scan runs, so every check of a page shares one reading instead of walking the
 * page and normalising its texts again; it is dropped when the scan ends.
 */
interface Reading {
  document: Document;
  comparable: Map<string, string>;
  labels: Map<Element, Element[]>;
  labelText: Map<Element, string>;
  text: Map<Element, string>;
  hidden: Map<Element, boolean>;
  rows: Map<Element, { inside: Element[]; headings: Element[] }>;
}

let shared: Reading | undefined;

const newReading = (document: Document): Reading => ({
  document,
  comparable: new Map(),
  labels: new Map(),
  labelText: new Map(),
  text: new Map(),
  hidden: new Map(),
  rows: new Map(),
});

/** Runs `scan`, a synchronous scan of `document`, with one reading of the page shared by its detectors. */
export function sharingReading<T>(document: Document, scan: () => T): T {
  const outer = shared;
  shared = newReading(document);
  try {
    return scan();
  } finally {
    shared = outer;
  }
}

/** The scan's shared reading, or one for a single detector called on its own. */
const readingOf = (document: Document) => (shared?.document === document ? shared : newReading(document));

interface Memo<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

function remembered<K, V>(memo: Memo<K, V>, key: K, read: (key: K) => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = read(key);
  memo.set(key, value);
  return value;
}

const comparableText = (text: string) =>
  normaliseText(text).replace(/([\u1780-\u17ff]) (?=[\u1780-\u17ff])/g, '$1');

/** Text as word lists are compared with. Khmer writers put spaces between phrases, or not. */
export const comparable = (text: string) =>
  shared ? remembered(shared.comparable, text, comparableText) : comparableText(text);

/**
 * A switch's state: its aria-checked, else a native checkbox's own checked state (Facebook draws
 * switches as `<input type=checkbox role=switch>`). One still rendering, or mixed, is neither.
 */
export function switchState(el: Element): 'on' | 'off' | undefined {
  const checked =
    el.getAttribute('aria-checked') ??
    (el.matches('input[type=checkbox]') ? String((el as HTMLInputElement).checked) : null);
  return checked === 'true' ? 'on' : checked === 'false' ? 'off' : undefined;
}

/** Each value's words, normalised, longest first: "Friends except" wins over "Friends" inside a sentence. */
const valueWords = new WeakMap<WordList, (readonly [string, string, string])[]>();
function valuesOf(words: WordList) {
  return remembered(valueWords, words, () =>
    Object.entries(words.values)
      .flatMap(([key, list]) => list.map((phrase) => [key, phrase, comparableText(phrase)] as const))
      .sort((a, b) => b[2].length - a[2].length),
  );
}

/** A row and what in it may show a value; its headings (LABELS includes them) come from the same query. */
function rowElements(row: Element) {
  const below = [...row.querySelectorAll(`${LABELS},[role]`)];
  return { inside: [row, ...below], headings: below.filter((el) => el.matches(HEADINGS)) };
}

const textOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';

/**
 * Reads one setting: finds its label in the page's language (`<html lang>`), then the value shown
 * in the same row. Unknown when the language has no word list, the label is missing, the row shows
 * no known value, or the page shows two different values for the setting.
 */
export function detectSetting<W extends WordList>(
  document: Document,
  lists: Readonly<Record<string, W>>,
  setting: keyof W['labels'] & string,
  states: Partial<Record<keyof W['values'], 'risky' | 'safe'>>,
): Detection {
  const unknown: Detection = { state: 'unknown' };
  const words = lists[document.documentElement.lang.split('-')[0]?.toLowerCase() ?? ''];
  const scope = settingsScope(document);
  if (!words || !scope) return unknown;
  const reading = readingOf(document);
  const phrases = (words.labels[setting] ?? []).map(comparable);
  const ours = (text: string) => phrases.some((phrase) => text.includes(phrase));
  const values = valuesOf(words);

  /** A value, nothing, or false for another setting's question: the search has left the row. */
  function readValue(el: Element, label: Element): readonly [string, string] | undefined | false {
    if (el.matches(TOGGLE)) {
      const key = switchState(el);
      return key && [key, words?.values[key]?.[0] ?? key];
    }
    // Choices not taken and copies hidden from screen readers are not the current value.
    if (remembered(reading.hidden, el, () => el.closest('[aria-hidden=true],[aria-checked=false]') !== null))
      return;
    const aria = el.getAttribute('aria-label');
    if (aria === null && el.contains(label)) return;
    let text = remembered(reading.text, el, () => comparable(aria ?? el.textContent ?? ''));
    if (text.endsWith('?') && !ours(text)) return false;
    for (const phrase of phrases) text = text.replace(phrase, '');
    const found = values.find(([, , word]) => {
      if (aria === null) return text.replace(/[\s.…:]+$/, '') === word;
      // Inside a sentence ("Edit privacy. Sharing with Public") only whole, longer words count.
      const padded = ` ${text} `;
      const at = padded.indexOf(word);
      return word.length > 3 && at > 0 && !/[a-z0-9]/.test(`${padded[at - 1]}${padded[at + word.length]}`);
    });
    return found && [found[0], found[1]];
  }

  /** The value in the smallest container around the label that shows one; null when it shows two. */
  function rowValue(label: Element) {
    // A label's own text is not its value, but a label given as an aria-label can carry one.
    const ownText = !label.hasAttribute('aria-label');
    for (let row: Element | null = label; row && scope?.contains(row); row = row.parentElement) {
      // A row has no heading but its own label: a container with another is a section of rows,
      // where a label without a value would take its neighbour's (statements end in no "?").
      const { inside, headings } = remembered(reading.rows, row, rowElements);
      if (headings.some((heading) => !heading.contains(label) && !label.contains(heading))) return;
      const seen = new Map<string, string>();
      for (const el of inside) {
        if (ownText && label.contains(el) && !el.matches(TOGGLE)) continue;
        const value = readValue(el, label);
        if (value === false) return;
        if (value) seen.set(...value);
      }
      if (seen.size) return seen.size > 1 ? null : [...seen][0];
    }
  }

  const labels = remembered(reading.labels, scope, (el) => [...el.querySelectorAll(LABELS)]);
  // Labels are short: reading only the start of long texts keeps big containers cheap.
  const found = labels.filter((el) =>
    ours(remembered(reading.labelText, el, () => comparable(textOf(el).slice(0, 300)))),
  );
  let result: [Element, string, string] | undefined;
  // The innermost match is the label itself, not a container that happens to include it.
  for (const label of found.filter((el) => !found.some((other) => other !== el && el.contains(other)))) {
    const value = rowValue(label);
    if (value === null || (value && result && result[1] !== value[0])) return unknown;
    if (value) result ??= [label, ...value];
  }
  return result
    ? {
        state: states[result[1]] ?? 'unknown',
        evidence: { label: clip(textOf(result[0]), EVIDENCE_MAX), value: result[2] },
      }
    : unknown;
}
