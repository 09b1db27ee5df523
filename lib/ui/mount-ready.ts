import type { ComponentType } from 'preact';
import { loadCatalogue } from '../i18n/load';
import { resolveLanguage } from '../i18n/resolve';
import type { CataloguePart } from '../i18n/translate';
import type { StoredItem } from '../storage/item';
import { type Preferences, preferences } from '../storage/items';
import { mount } from './mount';
import { primeStoredItems } from './use-stored-item';

// Apart from mount.tsx, which the web survey uses too: this reads the extension's storage.

/**
 * Mounts once the language's strings and the items the first render shows are read, all in one
 * go: the page opens on what it is for, not on nothing. Should reading fail, the page mounts anyway
 * and its hooks read for themselves.
 */
export async function mountReady(
  Root: ComponentType,
  items: readonly StoredItem<unknown>[],
  part: CataloguePart = 'pages',
) {
  try {
    const primed = await primeStoredItems([preferences, ...items]);
    const prefs = primed.get(preferences) as Preferences;
    await loadCatalogue(resolveLanguage(prefs.language, navigator.languages), part);
    mount(Root, primed);
  } catch {
    mount(Root);
  }
}
