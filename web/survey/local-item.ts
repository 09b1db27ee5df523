import {
  backupKey,
  decodeStored,
  encodeStored,
  type StoredItemSpec,
  withBackup,
} from '../../lib/storage/envelope';

/**
 * A stored item in the page's localStorage, with the same versioned envelope, migrations and backups
 * as the extension's items: an unreadable value is kept aside, never silently lost.
 */
export interface LocalItem<T> {
  get(): T;
  set(value: T): void;
}

export function localItem<T>(spec: StoredItemSpec<T>, storage: Storage): LocalItem<T> {
  return {
    get() {
      const text = storage.getItem(spec.key);
      if (text === null) return spec.fallback;
      let raw: unknown = text;
      try {
        raw = JSON.parse(text);
      } catch {}
      const decoded = decodeStored(spec, raw);
      if (decoded.ok) return decoded.value;
      const key = backupKey(spec.key);
      let stored: unknown;
      try {
        stored = JSON.parse(storage.getItem(key) ?? 'null');
      } catch {}
      storage.setItem(key, JSON.stringify(withBackup(stored, raw, decoded.reason, Date.now())));
      storage.removeItem(spec.key);
      return spec.fallback;
    },
    set(value) {
      storage.setItem(spec.key, JSON.stringify(encodeStored(spec, value)));
    },
  };
}
