import { browser } from 'wxt/browser';
import { outbox } from '../storage/survey-items';
import { cryptoRandom, type RandomSource } from '../survey/random';
import { classify, dueEntries, nextWake, type Outcome, recordOutcome, resumePermissionStops } from './decide';
import { readyToSend } from './hide-origin';
import type { PermissionProblem } from './schema';
import { postRecord } from './submissions';

/** The outbox's alarm; other alarms (reminders) have names of their own and are not ours to answer. */
export const OUTBOX_ALARM = 'outbox:send';

export interface OutboxServiceOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: RandomSource;
  /** Readies the way to a collector; a problem: nothing may be sent there now (see hide-origin.ts). */
  prepare?: (collector: string) => Promise<PermissionProblem | null>;
}

/**
 * The background's sender: sends each due record, one at a time, writes each outcome to storage before
 * the next request, and leaves an alarm for the next due time, so a stopped worker or a restarted
 * browser picks up where it left off.
 */
export function createOutboxService({
  fetch: send = (...args) => fetch(...args),
  now = Date.now,
  random = cryptoRandom,
  prepare = readyToSend,
}: OutboxServiceOptions = {}) {
  async function schedule(): Promise<void> {
    const wake = nextWake(await outbox.get());
    if (wake === undefined) await browser.alarms.clear(OUTBOX_ALARM);
    else await browser.alarms.create(OUTBOX_ALARM, { when: wake });
  }

  async function pass(): Promise<void> {
    // Each attempt either sends the record or moves its due time on, so this ends.
    for (let entry = dueEntries(await outbox.get(), now())[0]; entry; ) {
      const blocked = await prepare(entry.collector);
      const outcome: Outcome = blocked
        ? { state: 'stopped', problem: blocked }
        : classify(await postRecord(send, entry.collector, entry.record), entry.attempts + 1, now(), random);
      const key = entry.key;
      entry = dueEntries(await outbox.update((current) => recordOutcome(current, key, outcome)), now())[0];
    }
    await schedule();
  }

  let running: Promise<void> | undefined;
  let again = false;

  /** Sends what is due now. Called while a pass runs, it runs one more pass after it. */
  function deliver(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    deliver,
    /** Wires the alarm; call once at every start of the background. */
    start(): void {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === OUTBOX_ALARM) void deliver();
      });
      // A permission given back (in Firefox's add-on settings, or on a later Send) lets the records it
      // stopped go; one still missing stops them again on the next pass.
      browser.permissions.onAdded.addListener(() => {
        void outbox.update((current) => resumePermissionStops(current, now())).then(deliver);
      });
      void deliver();
    },
  };
}
