import type { MessageKey } from './en';
import type { Language } from './language';

export type { MessageKey };

export type Catalogue = Record<MessageKey, string>;

const catalogues: Partial<Record<Language, Catalogue>> = {};

/**
 * Makes a language's strings available. The background loads both at start (`./all`); an extension
 * page loads only the language it shows (`./load`), which keeps the popup small.
 */
export function addCatalogue(language: Language, catalogue: Catalogue): void {
  catalogues[language] = catalogue;
}

export function hasCatalogue(language: Language): boolean {
  return catalogues[language] !== undefined;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are written with the language's own digits. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const catalogue = catalogues[language];
  if (!catalogue) throw new Error(`the ${language} strings are not loaded`);
  return fillPlaceholders(language, catalogue[key], params);
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
