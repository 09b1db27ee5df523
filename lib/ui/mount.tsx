import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import '../../components/styles.css';
import { type ComponentType, render } from 'preact';
import { loadCatalogue } from '../i18n/load';
import { resolveLanguage } from '../i18n/resolve';
import type { CataloguePart } from '../i18n/translate';
import type { StoredItem } from '../storage/item';
import { type Preferences, preferences } from '../storage/items';
import { type Primed, PrimedItems, primeStoredItems } from './use-stored-item';

/** Renders an extension page's root component into its `#app` element, with any items read ahead. */
export function mount(Root: ComponentType, primed: Primed = new Map()) {
  const host = document.getElementById('app');
  if (!host) throw new Error('extension page has no #app element');
  render(
    <PrimedItems.Provider value={primed}>
      <Root />
    </PrimedItems.Provider>,
    host,
  );
}

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
