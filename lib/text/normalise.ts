/**
 * Text as platforms render it varies in ways a reader never sees: composed or decomposed
 * characters, zero-width spaces (common between Khmer words), curly quotes, and Khmer
 * spellings that render identically. Labels are compared only after this.
 */
const COENG = '\u17D2';
const COENG_RO = `${COENG}\u179A`;

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u17B4\u17B5]/g;
const SPACES = /\s+/g;
const QUOTES = /[\u2018\u2019\u02BC]/g;
// Subscript DA and subscript TA look the same; writers and keyboards use either.
const COENG_DA = new RegExp(`${COENG}\u178A`, 'g');
// Coeng RO typed before another subscript consonant renders the same as after it.
const RO_BEFORE_COENG = new RegExp(`${COENG_RO}(${COENG}[\u1780-\u17A2])`, 'g');
// Vowel U and sign NIKAHIT typed in either order render alike.
const NIKAHIT_U = /\u17C6\u17BB/g;

/*
 * Text NFC cannot change: every character below U+0300, Khmer, and general punctuation but the two
 * spaces NFC maps to others. None of them composes; Khmer's only marks with a combining class are
 * COENG (9) and U+17DD (230), reordered only when the second comes first. Most of a page is such
 * text, and skipping it spares the ICU normaliser, whose first use in a tab costs milliseconds.
 */
const NEEDS_NFC = /[^\0-\u02ff\u1780-\u17ff\u2002-\u206f]|\u17DD\u17D2/;

/** `text.normalize('NFC')`, without calling it on text it cannot change. */
export const nfc = (text: string) => (NEEDS_NFC.test(text) ? text.normalize('NFC') : text);

// Only spacing and case can differ in ASCII text: every other step concerns other characters.
const NON_ASCII = /[^\0-\x7f]/;

export function normaliseText(text: string): string {
  if (!NON_ASCII.test(text)) return text.replace(SPACES, ' ').trim().toLowerCase();
  return nfc(text)
    .replace(INVISIBLE, '')
    .replace(QUOTES, "'")
    .replace(COENG_DA, `${COENG}\u178F`)
    .replace(RO_BEFORE_COENG, `$1${COENG_RO}`)
    .replace(NIKAHIT_U, '\u17BB\u17C6')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `text` contains any of `phrases`, both normalised. */
export function containsAny(text: string, phrases: readonly string[]): boolean {
  const haystack = normaliseText(text);
  return phrases.some((phrase) => haystack.includes(normaliseText(phrase)));
}

/** Cuts text for evidence: short enough to show, never a whole paragraph of the page. */
export function clip(text: string, max: number): string {
  const clean = text.replace(SPACES, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
