import type { Worker } from 'playwright-core';
import type { Storage } from 'webextension-polyfill';

/** The service worker's own `chrome`, seen through the polyfill's types. */
type WorkerGlobal = { chrome: { storage: Storage.Static } };

/** Replaces what the extension stores, each value in its versioned envelope. */
export async function store(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { storage } = (globalThis as unknown as WorkerGlobal).chrome;
    await storage.local.clear();
    await storage.local.set(
      Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { version: 1, value }])),
    );
  }, values);
}

/** The value the extension stores under `key`, out of its envelope. */
export async function stored<T>(worker: Worker, key: string): Promise<T | undefined> {
  return worker.evaluate(async (key) => {
    const { storage } = (globalThis as unknown as WorkerGlobal).chrome;
    return ((await storage.local.get(key))[key] as { value?: never } | undefined)?.value;
  }, key);
}
