import type { Language } from '../i18n/language';
import { resolveLanguage } from '../i18n/resolve';
import type { CataloguePart } from '../i18n/translate';
import { preferences } from '../storage/items';
import { useLoadedLanguage } from './use-loaded-language';
import { useStoredItem } from './use-stored-item';

/**
 * The language the user chose (or the browser's, until they choose), once the `part` of its strings
 * the page shows is loaded (see useLoadedLanguage), and a setter that persists it.
 */
export function useLanguage(part: CataloguePart = 'pages'): {
  language: Language | undefined;
  setLanguage(language: Language): Promise<void>;
} {
  const prefs = useStoredItem(preferences);
  const language = useLoadedLanguage(prefs && resolveLanguage(prefs.language, navigator.languages), part);
  return {
    language,
    setLanguage: async (next) => {
      await preferences.update((current) => ({ ...current, language: next }));
    },
  };
}
