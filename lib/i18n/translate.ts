import type { MessageKey } from './en';
import type { Language } from './language';

export type { MessageKey };

/** How much of a language a page needs: the popup's strings alone, or every page's as well. */
export type CataloguePart = 'popup' | 'pages';

const catalogues: Partial<Record<Language, Partial<Record<MessageKey, string>>>> = {};
const loaded = new Set<`${Language}:${CataloguePart}`>();

/**
 * Makes strings of a language available: its popup part, or (`pages`) all the rest. The
 * background loads everything at start (`./all`); an extension page loads only the language it
 * shows (`./load`), and the popup only the part it shows, which keeps it small.
 */
export function addCatalogue(
  language: Language,
  strings: Partial<Record<MessageKey, string>>,
  part: CataloguePart = 'pages',
): void {
  catalogues[language] = { ...catalogues[language], ...strings };
  loaded.add(`${language}:${part}`);
}

export function hasCatalogue(language: Language, part: CataloguePart = 'pages'): boolean {
  return loaded.has(`${language}:${part}`) || loaded.has(`${language}:pages`);
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are written with the language's own digits. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = catalogues[language]?.[key];
  if (template === undefined) throw new Error(`"${key}" is not loaded in ${language}`);
  return fillPlaceholders(language, template, params);
}

/** The placeholders of a string from any catalogue, filled as `translate` fills them. */
export function fillPlaceholders(language: Language, template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Khmer digits are written by hand: browsers' ICU data may lack Khmer and fall back silently. */
export function formatNumber(language: Language, value: number): string {
  const western = new Intl.NumberFormat('en-US', { useGrouping: false }).format(value);
  return language === 'km'
    ? western.replace(/\d/g, (digit) => KHMER_DIGITS[Number(digit)] ?? digit)
    : western;
}

export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translator {
  return (key, params) => translate(language, key, params);
}
