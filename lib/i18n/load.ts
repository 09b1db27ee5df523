import type { Language } from './language';
import { addCatalogue, hasCatalogue } from './translate';

/** Loads the strings of the one language a page shows, as a module of its own. */
export async function loadCatalogue(language: Language): Promise<void> {
  if (hasCatalogue(language)) return;
  addCatalogue(language, language === 'km' ? (await import('./km')).km : (await import('./en')).en);
}
