import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '../storage/item';

/** The item's current value, kept fresh as it changes anywhere; `undefined` until first read. */
export function useStoredItem<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const stop = item.watch((next) => live && setValue(next));
    item.get().then((first) => live && setValue(first));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}
