import { type Language, languageFromLocales } from './language';

/** The user's choice wins; without one, the browser's preferred languages decide. */
export function resolveLanguage(chosen: Language | undefined, locales: readonly string[]): Language {
  return chosen ?? languageFromLocales(locales);
}

export function formatDateTime(language: Language, epochMs: number): string {
  return new Intl.DateTimeFormat(language === 'km' ? 'km-KH' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(epochMs);
}
