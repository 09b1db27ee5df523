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

/** Text as word lists are compared with. Khmer writers put spaces between phrases, or not. */
export const comparable = (text: string) =>
  normaliseText(text).replace(/([\u1780-\u17ff]) (?=[\u1780-\u17ff])/g, '$1');

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
  // The settings themselves, not menus or dialogs beside them (the phone site has no main).
  const scope = document.querySelector('[role=main]') ?? document.body;
  if (!words || !scope) return unknown;
  const norm = comparable;
  const textOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';
  const phrases = (words.labels[setting] ?? []).map(norm);
  const ours = (text: string) => phrases.some((phrase) => text.includes(phrase));
  // Longest first, so "Friends except" wins over "Friends" inside a sentence.
  const values = Object.entries(words.values)
    .flatMap(([key, list]) => list.map((phrase) => [key, phrase, norm(phrase)] as const))
    .sort((a, b) => b[2].length - a[2].length);

  /** A value, nothing, or false for another setting's question: the search has left the row. */
  function readValue(el: Element, label: Element): readonly [string, string] | undefined | false {
    if (el.matches(TOGGLE)) {
      const key = switchState(el);
      return key && [key, words?.values[key]?.[0] ?? key];
    }
    // Choices not taken and copies hidden from screen readers are not the current value.
    if (el.closest('[aria-hidden=true],[aria-checked=false]')) return;
    const aria = el.getAttribute('aria-label');
    if (aria === null && el.contains(label)) return;
    let text = norm(aria ?? el.textContent ?? '');
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
      const headings = row.querySelectorAll('h1,h2,h3,h4,h5,h6');
      if ([...headings].some((heading) => !heading.contains(label) && !label.contains(heading))) return;
      const seen = new Map<string, string>();
      for (const el of [row, ...row.querySelectorAll(`${LABELS},[role]`)]) {
        if (ownText && label.contains(el) && !el.matches(TOGGLE)) continue;
        const value = readValue(el, label);
        if (value === false) return;
        if (value) seen.set(...value);
      }
      if (seen.size) return seen.size > 1 ? null : [...seen][0];
    }
  }

  // Labels are short: reading only the start of long texts keeps big containers cheap.
  const found = [...scope.querySelectorAll(LABELS)].filter((el) => ours(norm(textOf(el).slice(0, 300))));
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
