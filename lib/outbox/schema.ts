import { z } from 'zod/mini';
import { RECORD_KEY_PATTERN, SubmissionSchema } from '../survey/record';

/**
 * Why sending a record stopped, in words the survey page turns into plain language. The record stays
 * in the outbox either way, so nothing the participant answered is lost.
 */
export const OUTBOX_PROBLEMS = [
  /** 400: the collector does not accept the record (e.g. an older questionnaire). */
  'bad-request',
  /** 404: the campaign code in the link is not one this collector has. */
  'unknown-campaign',
  /** 409 campaign-closed: the campaign takes no more answers. */
  'closed',
  /** 413: the record is larger than the collector takes. */
  'too-large',
  /** 409 key-conflict: another record already has this key. */
  'conflict',
  /** The browser's permission to reach the collector was refused or taken back: sending it would
   * reveal an id of this install (see hide-origin.ts). Giving it back in Firefox's add-on settings
   * sends the records; so does sending them again, which asks anew. */
  'permission-needed',
  /** Firefox's consent to share the answers ("personally identifying information") is off, e.g. turned
   * off in the add-on's settings after the main record went. Turning it on again sends the records. */
  'sharing-off',
  /** Any other refusal (e.g. 401, 403, 410): the collector answered, but not as this outbox expects. */
  'refused',
] as const;
export const OutboxProblemSchema = z.enum(OUTBOX_PROBLEMS);
export type OutboxProblem = z.infer<typeof OutboxProblemSchema>;

/** The problems a browser permission causes: once it is granted, such a record may be sent again. */
export type PermissionProblem = Extract<OutboxProblem, 'permission-needed' | 'sharing-off'>;
export function isPermissionProblem(problem: OutboxProblem | undefined): problem is PermissionProblem {
  return problem === 'permission-needed' || problem === 'sharing-off';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A collector's origin, e.g. `https://survey.example.org`. Answers cross the network only over HTTPS;
 * plain HTTP is accepted on loopback alone (a collector run on the same computer, and tests).
 */
export const CollectorOriginSchema = z.string().check(
  z.refine((text) => {
    try {
      const url = new URL(text);
      if (url.origin !== text) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    } catch {
      return false;
    }
  }, 'collector must be an origin such as https://survey.example.org (http only on this computer)'),
);

const Timestamp = z.number().check(z.int(), z.nonnegative());

export const OutboxEntrySchema = z
  .object({
    /** The record's own random key: the collector counts each key once, however often it is sent. */
    key: z.string().check(z.regex(RECORD_KEY_PATTERN)),
    part: z.enum(['main', 'followup']),
    campaign: z.string(),
    collector: CollectorOriginSchema,
    record: SubmissionSchema,
    /** `waiting`: not yet acknowledged; `sent`: the collector gave a receipt; `stopped`: it refused. */
    state: z.enum(['waiting', 'sent', 'stopped']),
    /** The earliest time (ms since the epoch) of the next attempt while waiting. */
    dueAt: Timestamp,
    /** Attempts made so far, successful or not. */
    attempts: z.number().check(z.int(), z.nonnegative()),
    receipt: z.optional(z.string()),
    problem: z.optional(OutboxProblemSchema),
  })
  .check(
    z.refine(
      (entry) =>
        entry.record.key === entry.key &&
        entry.record.part === entry.part &&
        entry.record.campaign === entry.campaign,
      'an entry repeats its record’s key, part and campaign',
    ),
    z.refine(
      (entry) => (entry.state === 'sent') === (entry.receipt !== undefined),
      'a sent entry has a receipt',
    ),
    z.refine(
      (entry) => (entry.state === 'stopped') === (entry.problem !== undefined),
      'a stopped entry has a problem',
    ),
  );
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const OutboxSchema = z.array(OutboxEntrySchema);
export type Outbox = z.infer<typeof OutboxSchema>;
