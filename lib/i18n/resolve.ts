import { type Language, languageFromLocales } from './language';
import { formatNumber } from './translate';

/** The user's choice wins; without one, the browser's preferred languages decide. */
export function resolveLanguage(chosen: Language | undefined, locales: readonly string[]): Language {
  return chosen ?? languageFromLocales(locales);
}

const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  km: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
};

/**
 * "29 Nov 2026, 05:04" in local time, written out by hand in both languages: browsers' ICU data
 * may lack Khmer and would fall back to English without a word.
 */
export function formatDateTime(language: Language, epochMs: number): string {
  const date = new Date(epochMs);
  const two = (value: number) => formatNumber(language, value).padStart(2, formatNumber(language, 0));
  const day = formatNumber(language, date.getDate());
  const year = formatNumber(language, date.getFullYear());
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return `${day} ${MONTHS[language][date.getMonth()]} ${year}, ${time}`;
}
