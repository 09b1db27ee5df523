import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { getItems, type StoredItem } from '../storage/item';

export type Primed = ReadonlyMap<StoredItem<unknown>, unknown>;

/** Values read before the page first rendered (primeStoredItems), so that render can show them. */
export const PrimedItems = createContext<Primed>(new Map());

/**
 * Reads the items a page shows first, in one storage call, before it mounts: given to
 * PrimedItems, its first render shows them, rather than nothing until each hook has read its own
 * after the first paint.
 */
export async function primeStoredItems(items: readonly StoredItem<unknown>[]): Promise<Primed> {
  const values = await getItems(items);
  return new Map(items.map((item, index) => [item, values[index]]));
}

/**
 * The item's current value, kept fresh as it changes anywhere; `undefined` until first read, or
 * from the first render when primed.
 */
export function useStoredItem<T>(item: StoredItem<T>): T | undefined {
  const primed = useContext(PrimedItems);
  const [value, setValue] = useState<T | undefined>(() => primed.get(item) as T | undefined);
  useEffect(() => {
    let live = true;
    const stop = item.watch((next) => live && setValue(next));
    // Read again once watching: a change between the primed read and now is not lost.
    item.get().then((first) => live && setValue(first));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}
