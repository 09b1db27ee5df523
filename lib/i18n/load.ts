import type { Language } from './language';
import { addCatalogue, type CataloguePart, hasCatalogue } from './translate';

/**
 * Loads the strings of the one language a page shows, as modules of their own: the popup's part,
 * and unless `popup` is asked for, the rest that other pages show.
 */
export async function loadCatalogue(language: Language, part: CataloguePart = 'pages'): Promise<void> {
  if (!hasCatalogue(language, 'popup')) {
    addCatalogue(
      language,
      language === 'km' ? (await import('./km')).km : (await import('./en')).en,
      'popup',
    );
  }
  if (part === 'pages' && !hasCatalogue(language, 'pages')) {
    addCatalogue(
      language,
      language === 'km' ? (await import('./km-pages')).kmPages : (await import('./en-pages')).enPages,
      'pages',
    );
  }
}
