import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../i18n/language';
import { loadCatalogue } from '../i18n/load';
import { type CataloguePart, hasCatalogue } from '../i18n/translate';

/**
 * The language a page shows: `wanted` once its strings are loaded, applied to the page's `lang` so
 * screen readers and Khmer typography follow. While another language loads, the page stays in the one
 * it shows; loaded before the first render (mountReady), it shows at once.
 */
export function useLoadedLanguage(
  wanted: Language | undefined,
  part: CataloguePart = 'pages',
): Language | undefined {
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
  return language;
}
