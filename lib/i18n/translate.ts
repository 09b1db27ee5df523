import { en, type MessageKey } from './en';
import { km } from './km';
import type { Language } from './language';

export type { MessageKey };

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, km };

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are written with the language's own digits. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  return fillPlaceholders(language, CATALOGUES[language][key], params);
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
