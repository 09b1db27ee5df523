import { browser } from 'wxt/browser';
import { backupKey, decodeStored, encodeStored, type StoredItemSpec, withBackup } from './envelope';

export {
  type Backup,
  BackupSchema,
  backupKey,
  type Decoded,
  decodeStored,
  encodeStored,
  type Migration,
  type StoredItemSpec,
  withBackup,
} from './envelope';

export interface StoredItem<T> {
  spec: StoredItemSpec<T>;
  get(): Promise<T>;
  /** As get() does with what storage holds under the key, already read (see getItems). */
  fromStored(raw: unknown): Promise<T>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with each new valid value; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

export function defineStoredItem<T>(spec: StoredItemSpec<T>): StoredItem<T> {
  if (spec.migrations.length !== spec.version - 1) {
    throw new Error(`${spec.key}: version ${spec.version} needs ${spec.version - 1} migrations`);
  }
  const area = () => browser.storage.local;

  async function keepBackup(raw: unknown, reason: string): Promise<void> {
    const key = backupKey(spec.key);
    await area().set({ [key]: withBackup((await area().get(key))[key], raw, reason, Date.now()) });
  }

  async function get(): Promise<T> {
    return fromStored((await area().get(spec.key))[spec.key]);
  }

  async function fromStored(raw: unknown): Promise<T> {
    if (raw === undefined) return spec.fallback;
    const decoded = decodeStored(spec, raw);
    if (decoded.ok) {
      if (decoded.migrated) await area().set({ [spec.key]: encodeStored(spec, decoded.value) });
      return decoded.value;
    }
    await keepBackup(raw, decoded.reason);
    await area().remove(spec.key);
    return spec.fallback;
  }

  async function set(value: T): Promise<void> {
    await area().set({ [spec.key]: encodeStored(spec, value) });
  }

  // Read-change-write must not interleave, or two quick updates would lose one.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    spec,
    get,
    fromStored,
    set,
    update(change) {
      const run = queue.then(async () => {
        const next = change(await get());
        await set(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[spec.key];
        if (areaName !== 'local' || !change) return;
        if (change.newValue == null) return callback(spec.fallback);
        const decoded = decodeStored(spec, change.newValue);
        if (decoded.ok) callback(decoded.value);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

type Values<Items extends readonly StoredItem<unknown>[]> = {
  [K in keyof Items]: Items[K] extends StoredItem<infer T> ? T : never;
};

/** Several items in one storage call, each read as its own get() would read it. */
export async function getItems<const Items extends readonly StoredItem<unknown>[]>(
  items: Items,
): Promise<Values<Items>> {
  const raw = await browser.storage.local.get(items.map((item) => item.spec.key));
  return (await Promise.all(items.map((item) => item.fromStored(raw[item.spec.key])))) as Values<Items>;
}
