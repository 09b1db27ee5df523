import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/** Migrates a value stored at version `n - 1` to version `n`; the list is appended to, never edited. */
export type Migration = (previous: unknown) => unknown;

export interface StoredItemSpec<T> {
  /** Key in `browser.storage.local`. */
  key: string;
  schema: z.ZodMiniType<T>;
  version: number;
  /** `migrations[i]` takes a value from version `i + 1` to `i + 2`; length is `version - 1`. */
  migrations: readonly Migration[];
  fallback: T;
}

const EnvelopeSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  value: z.unknown(),
});

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** Pure: turns what storage holds into a valid current value, or says why it cannot. */
export function decodeStored<T>(spec: StoredItemSpec<T>, raw: unknown): Decoded<T> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'not a versioned value' };
  const { version } = envelope.data;
  if (version > spec.version) {
    return { ok: false, reason: `stored version ${version} is newer than ${spec.version}` };
  }
  let value = envelope.data.value;
  for (let from = version; from < spec.version; from++) {
    const migrate = spec.migrations[from - 1];
    if (!migrate) return { ok: false, reason: `no migration from version ${from}` };
    try {
      value = migrate(value);
    } catch (error) {
      return { ok: false, reason: `migration from version ${from} failed: ${String(error)}` };
    }
  }
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, reason: `does not match its schema: ${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, value: parsed.data, migrated: version !== spec.version };
}

export function encodeStored<T>(spec: StoredItemSpec<T>, value: T): { version: number; value: T } {
  return { version: spec.version, value: spec.schema.parse(value) };
}

export const BackupSchema = z.object({
  raw: z.unknown(),
  reason: z.string(),
  savedAt: z.number(),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Where an unreadable value is kept, so a bad read never silently loses data. */
export function backupKey(key: string): string {
  return `backup:${key}`;
}

const BACKUPS_KEPT = 10;

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
    const existing = z.array(BackupSchema).safeParse((await area().get(key))[key]);
    const backups = existing.success ? existing.data : [];
    const next = [...backups, { raw, reason, savedAt: Date.now() }].slice(-BACKUPS_KEPT);
    await area().set({ [key]: next });
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
