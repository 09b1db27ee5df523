import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod/mini';
import {
  backupKey,
  decodeStored,
  defineStoredItem,
  getItems,
  type StoredItemSpec,
} from '../../../lib/storage/item';

// A three-version history, as a real item would grow: v1 {name}, v2 {names[]}, v3 {names[], limit}.
const spec: StoredItemSpec<{ names: string[]; limit: number }> = {
  key: 'test-item',
  schema: z.object({ names: z.array(z.string()), limit: z.number() }),
  version: 3,
  migrations: [
    (v1) => ({ names: [(v1 as { name: string }).name] }),
    (v2) => ({ ...(v2 as object), limit: 5 }),
  ],
  fallback: { names: [], limit: 1 },
};

describe('decodeStored', () => {
  it('runs every migration from an old version, in order', () => {
    expect(decodeStored(spec, { version: 1, value: { name: 'a' } })).toEqual({
      ok: true,
      value: { names: ['a'], limit: 5 },
      migrated: true,
    });
  });

  it('runs only the migrations after the stored version', () => {
    expect(decodeStored(spec, { version: 2, value: { names: ['a', 'b'] } })).toEqual({
      ok: true,
      value: { names: ['a', 'b'], limit: 5 },
      migrated: true,
    });
  });

  it('takes a current value as it is', () => {
    expect(decodeStored(spec, { version: 3, value: { names: [], limit: 2 } })).toEqual({
      ok: true,
      value: { names: [], limit: 2 },
      migrated: false,
    });
  });

  it.each([
    ['a bare value without a version', { names: [] }, /not a versioned value/],
    ['a value that fails the schema', { version: 3, value: { names: 'x', limit: 1 } }, /schema/],
    ['a value from a newer version', { version: 4, value: {} }, /newer/],
    ['a migration that throws', { version: 1, value: null }, /migration from version 1 failed/],
  ])('refuses %s and says why', (_name, raw, reason) => {
    const decoded = decodeStored(spec, raw);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok === false && decoded.reason).toMatch(reason);
  });
});

describe('defineStoredItem', () => {
  it('gives the fallback when nothing is stored', async () => {
    expect(await defineStoredItem(spec).get()).toEqual(spec.fallback);
  });

  it('stores values with their version and reads them back', async () => {
    const item = defineStoredItem(spec);
    await item.set({ names: ['x'], limit: 3 });
    expect(await fakeBrowser.storage.local.get('test-item')).toEqual({
      'test-item': { version: 3, value: { names: ['x'], limit: 3 } },
    });
    expect(await item.get()).toEqual({ names: ['x'], limit: 3 });
  });

  it('writes a migrated value back so it migrates once', async () => {
    await fakeBrowser.storage.local.set({ 'test-item': { version: 1, value: { name: 'a' } } });
    await defineStoredItem(spec).get();
    expect((await fakeBrowser.storage.local.get('test-item'))['test-item']).toEqual({
      version: 3,
      value: { names: ['a'], limit: 5 },
    });
  });

  it('keeps a corrupt value under its backup key and falls back without throwing', async () => {
    const corrupt = { version: 3, value: { names: 42 } };
    await fakeBrowser.storage.local.set({ 'test-item': corrupt });
    const item = defineStoredItem(spec);
    expect(await item.get()).toEqual(spec.fallback);
    const backups = (await fakeBrowser.storage.local.get(backupKey('test-item')))[backupKey('test-item')];
    expect(backups).toEqual([
      { raw: corrupt, reason: expect.stringMatching(/schema/), savedAt: expect.any(Number) },
    ]);
    expect(await fakeBrowser.storage.local.get('test-item')).toEqual({});
    await fakeBrowser.storage.local.set({ 'test-item': 'garbage' });
    await item.get();
    const after = (await fakeBrowser.storage.local.get(backupKey('test-item')))[backupKey('test-item')];
    expect(after).toHaveLength(2);
  });

  it('refuses to store a value that fails its schema', async () => {
    const item = defineStoredItem(spec);
    await expect(item.set({ names: [1], limit: 1 } as never)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('test-item')).toEqual({});
  });

  it('runs updates one after another so none is lost', async () => {
    const item = defineStoredItem(spec);
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        item.update((current) => ({ ...current, names: [...current.names, name] })),
      ),
    );
    expect((await item.get()).names).toEqual(['a', 'b', 'c']);
  });

  it('tells watchers about valid changes only', async () => {
    const item = defineStoredItem(spec);
    const seen: unknown[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.set({ names: ['w'], limit: 1 });
    await fakeBrowser.storage.local.set({ 'test-item': { version: 3, value: 'bad' } });
    await fakeBrowser.storage.local.remove('test-item');
    stop();
    await item.set({ names: ['after'], limit: 1 });
    expect(seen).toEqual([{ names: ['w'], limit: 1 }, spec.fallback]);
  });

  it('insists on one migration per version step', () => {
    expect(() => defineStoredItem({ ...spec, migrations: [] })).toThrow(/needs 2 migrations/);
  });
});

describe('getItems', () => {
  const other = defineStoredItem<string>({
    key: 'other-item',
    schema: z.string(),
    version: 1,
    migrations: [],
    fallback: 'none',
  });

  it('reads several items in one storage call, each as its own get would', async () => {
    const item = defineStoredItem(spec);
    const corrupt = { version: 3, value: { names: 42 } };
    await fakeBrowser.storage.local.set({ 'test-item': { version: 1, value: { name: 'a' } } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getItems([item, other])).toEqual([{ names: ['a'], limit: 5 }, 'none']);
    expect(get).toHaveBeenCalledTimes(1);
    // Migrated values are written back, corrupt ones kept aside, as get() does.
    expect((await fakeBrowser.storage.local.get('test-item'))['test-item']).toEqual({
      version: 3,
      value: { names: ['a'], limit: 5 },
    });
    await fakeBrowser.storage.local.set({ 'test-item': corrupt });
    expect(await getItems([item])).toEqual([spec.fallback]);
    expect((await fakeBrowser.storage.local.get(backupKey('test-item')))[backupKey('test-item')]).toEqual([
      { raw: corrupt, reason: expect.stringMatching(/schema/), savedAt: expect.any(Number) },
    ]);
  });
});
