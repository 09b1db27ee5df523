import type { Message } from '../messages/protocol';
import { outbox } from '../storage/survey-items';
import { cryptoRandom, type RandomSource } from '../survey/random';
import { enqueue } from './enqueue';

type Of<T extends Message['type']> = Extract<Message, { type: T }>;

export interface OutboxHandlerOptions {
  /** Sends what is due and sets the next wake-up; called once the records are stored. */
  deliver: () => Promise<void>;
  now?: () => number;
  random?: RandomSource;
}

/** What the background does with the survey's records: the outbox item has this one writer's queue. */
export function outboxHandlers({ deliver, now = Date.now, random = cryptoRandom }: OutboxHandlerOptions) {
  return {
    'survey-send': async ({ collector, records }: Of<'survey-send'>) => {
      await outbox.update((current) => enqueue(current, { collector, records }, now(), random));
      // The records are safe in storage; delivery goes on after the reply, and an alarm picks it up if
      // the worker stops first.
      void deliver();
      return { keys: records.map((record) => record.key) };
    },
  };
}
