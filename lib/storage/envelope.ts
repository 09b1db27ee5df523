import { z } from 'zod/mini';

/*
 * How a stored value is kept: an envelope with its version, migrated and parsed on every read. Pure,
 * so that extension storage (item.ts) and the web survey's localStorage share it.
 */

/** Migrates a value stored at version `n - 1` to version `n`; the list is appended to, never edited. */
export type Migration = (previous: unknown) => unknown;

export interface StoredItemSpec<T> {
  /** Key in storage (`browser.storage.local`, or the web page's localStorage). */
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

/** The backups list (as stored, possibly unreadable) with one more unreadable value, the oldest dropped. */
export function withBackup(stored: unknown, raw: unknown, reason: string, now: number): Backup[] {
  const existing = z.array(BackupSchema).safeParse(stored);
  return [...(existing.success ? existing.data : []), { raw, reason, savedAt: now }].slice(-BACKUPS_KEPT);
}
