import type { Message } from '../messages/protocol';
import { learnFromObservations } from '../reminders/service';
import { findings } from '../storage/items';
import { mergeObservations } from './merge';

type Of<T extends Message['type']> = Extract<Message, { type: T }>;

/** What the background does with each message: the findings store has this one writer. */
export const findingsHandlers = {
  'report-observations': async ({ observations }: Of<'report-observations'>) => {
    await findings.update((current) => mergeObservations(current, observations));
    await learnFromObservations(observations);
  },
  'acknowledge-finding': async ({ checkId, acknowledged }: Of<'acknowledge-finding'>) => {
    await findings.update((current) => {
      const finding = current[checkId];
      if (finding?.state !== 'risky') return current;
      return { ...current, [checkId]: { ...finding, acknowledged } };
    });
  },
  'clear-findings': async () => {
    await findings.set({});
  },
};
