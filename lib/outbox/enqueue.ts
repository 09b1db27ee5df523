import { z } from 'zod/mini';
import type { RandomSource } from '../survey/random';
import {
  type FollowupRecord,
  FollowupRecordSchema,
  type MainRecord,
  MainRecordSchema,
} from '../survey/record';
import { resumePermissionStops } from './decide';
import { CollectorOriginSchema, type Outbox, type OutboxEntry } from './schema';

/** The longest a follow-up record waits before its first attempt (STUDY.md: up to 24 hours). */
export const FOLLOWUP_DELAY_MAX_MS = 24 * 60 * 60 * 1000;

/** The survey page hands its records to the outbox: the main record, and the follow-up when there is one. */
export const SurveySendSchema = z
  .strictObject({
    type: z.literal('survey-send'),
    collector: CollectorOriginSchema,
    records: z.union([z.tuple([MainRecordSchema]), z.tuple([MainRecordSchema, FollowupRecordSchema])]),
  })
  .check(
    z.refine(
      ({ records }) => records.every((record) => record.campaign === records[0].campaign),
      'the records are for one campaign',
    ),
    z.refine(({ records }) => records[1]?.key !== records[0].key, 'each record has its own key'),
  );
export type SurveySend = z.infer<typeof SurveySendSchema>;

function entryOf(collector: string, record: MainRecord | FollowupRecord, dueAt: number): OutboxEntry {
  return {
    key: record.key,
    part: record.part,
    campaign: record.campaign,
    collector,
    record,
    state: 'waiting',
    dueAt,
    attempts: 0,
  };
}

/**
 * The outbox with these records added: the main record due now, the follow-up after its own random
 * delay, uniform up to 24 hours, so its arrival cannot be matched to the main record's. A key already
 * in the outbox is left as it is, so sending the same records twice changes nothing; only an entry
 * stopped for want of a browser permission waits again, since the page asks for it before sending.
 */
export function enqueue(
  outbox: Outbox,
  { collector, records }: Pick<SurveySend, 'collector' | 'records'>,
  now: number,
  random: RandomSource,
): Outbox {
  const [main, followup] = records;
  const added = [entryOf(collector, main, now)];
  if (followup) added.push(entryOf(collector, followup, now + Math.floor(random() * FOLLOWUP_DELAY_MAX_MS)));
  const known = new Set(outbox.map((entry) => entry.key));
  const rearmed = resumePermissionStops(outbox, now, new Set(added.map((entry) => entry.key)));
  return [...rearmed, ...added.filter((entry) => !known.has(entry.key))];
}
