import type { Language } from '../i18n/language';
import { resolveLanguage } from '../i18n/resolve';
import { preferences } from '../storage/items';
import { useLoadedLanguage } from './use-loaded-language';
import { useStoredItem } from './use-stored-item';

/**
 * The language the user chose (or the browser's, until they choose), once its strings are loaded
 * (see useLoadedLanguage), and a setter that persists it.
 */
export function useLanguage(): {
  language: Language | undefined;
  setLanguage(language: Language): Promise<void>;
} {
  const prefs = useStoredItem(preferences);
  const language = useLoadedLanguage(prefs && resolveLanguage(prefs.language, navigator.languages));
  return {
    language,
    setLanguage: async (next) => {
      await preferences.update((current) => ({ ...current, language: next }));
    },
  };
}
