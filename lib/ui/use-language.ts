import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../i18n/language';
import { loadCatalogue } from '../i18n/load';
import { resolveLanguage } from '../i18n/resolve';
import { type CataloguePart, hasCatalogue } from '../i18n/translate';
import { preferences } from '../storage/items';
import { useStoredItem } from './use-stored-item';

/**
 * The language the user chose (or the browser's, until they choose), once its strings are loaded,
 * applied to the page's `lang` so screen readers and Khmer typography follow, and a setter that
 * persists it. While another language loads, the page stays in the one it shows.
 */
export function useLanguage(part: CataloguePart = 'pages'): {
  language: Language | undefined;
  setLanguage(language: Language): Promise<void>;
} {
  const prefs = useStoredItem(preferences);
  const wanted = prefs && resolveLanguage(prefs.language, navigator.languages);
  // Loaded before the first render (mountReady): the page shows it at once.
  const [language, setLoaded] = useState<Language | undefined>(() =>
    wanted && hasCatalogue(wanted, part) ? wanted : undefined,
  );
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadCatalogue(wanted, part).then(() => live && setLoaded(wanted));
    return () => {
      live = false;
    };
  }, [wanted, part]);
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
