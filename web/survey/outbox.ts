import { classify, dueEntries, nextWake, recordOutcome } from '../../lib/outbox/decide';
import { enqueue } from '../../lib/outbox/enqueue';
import { type Outbox, OutboxSchema } from '../../lib/outbox/schema';
import { postRecord } from '../../lib/outbox/submissions';
import type { RandomSource } from '../../lib/survey/random';
import type { SurveyRecords } from '../../lib/survey/shell';
import { localItem } from './local-item';

export const WEB_OUTBOX_KEY = 'dhc-outbox';

export interface WebOutboxOptions {
  storage: Storage;
  fetch: typeof fetch;
  now: () => number;
  random: RandomSource;
}

/**
 * The web page's outbox: the extension's rules (lib/outbox: keys, backoff, Retry-After, which refusals
 * stop) over localStorage, sent by the page itself to its own origin.
 *
 * The follow-up record keeps the random delay of up to 24 hours that STUDY.md asks for, so its arrival
 * cannot be matched to the main record's. A web page cannot wake itself, so a follow-up goes when it
 * falls due while the page is open, or at the participant's next visit to the link. If they never come
 * back it is never sent: STUDY.md allows that ("follow-ups are sent online or not at all"), and whether
 * it arrives does not depend on its answers, since empty and filled follow-ups wait alike.
 */
export function webOutbox({ storage, fetch: send, now, random }: WebOutboxOptions) {
  const item = localItem<Outbox>(
    { key: WEB_OUTBOX_KEY, schema: OutboxSchema, version: 1, migrations: [], fallback: [] },
    storage,
  );
  const listeners = new Set<(outbox: Outbox) => void>();
  const notify = () => {
    const current = item.get();
    for (const listener of listeners) listener(current);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  async function pass(): Promise<void> {
    for (let entry = dueEntries(item.get(), now())[0]; entry; ) {
      const outcome = classify(
        await postRecord(send, entry.collector, entry.record),
        entry.attempts + 1,
        now(),
        random,
      );
      item.set(recordOutcome(item.get(), entry.key, outcome));
      notify();
      entry = dueEntries(item.get(), now())[0];
    }
    clearTimeout(timer);
    const wake = nextWake(item.get());
    // setTimeout takes at most 2^31 − 1 ms; a later wake-up just sets the timer again.
    if (wake !== undefined)
      timer = setTimeout(() => void deliver(), Math.min(2 ** 31 - 1, Math.max(0, wake - now())));
  }

  function deliver(): Promise<void> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    deliver,
    add(collector: string, records: SurveyRecords): string[] {
      item.set(enqueue(item.get(), { collector, records }, now(), random));
      notify();
      void deliver();
      return records.map((record) => record.key);
    },
    get: () => item.get(),
    watch(callback: (outbox: Outbox) => void): () => void {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    /** Another tab of the same page changed the outbox. */
    changedElsewhere: notify,
  };
}
