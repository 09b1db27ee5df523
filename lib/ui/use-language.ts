import { useEffect } from 'preact/hooks';
import type { Language } from '../i18n/language';
import { resolveLanguage } from '../i18n/resolve';
import { preferences } from '../storage/items';
import { useStoredItem } from './use-stored-item';

/**
 * The language the user chose (or the browser's, until they choose), applied to the page's
 * `lang` so screen readers and Khmer typography follow, and a setter that persists it.
 */
export function useLanguage(): {
  language: Language | undefined;
  setLanguage(language: Language): Promise<void>;
} {
  const prefs = useStoredItem(preferences);
  const language = prefs && resolveLanguage(prefs.language, navigator.languages);
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  return {
    language,
    setLanguage: async (next) => {
      await preferences.update((current) => ({ ...current, language: next }));
    },
  };
}
