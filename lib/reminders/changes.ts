import { z } from 'zod/mini';
import { type Checklist, type QuietHours, QuietHoursSchema, type ReminderSettings } from '../storage/items';
import {
  ACCOUNT_IDS,
  BACKUP_KINDS,
  type BackupKind,
  CADENCES,
  type Cadence,
  PRACTICE_IDS,
  type PracticeId,
} from './checklist';

/*
 * What the reminders page and the notifications may ask the background to change. The background
 * is the one writer of the reminder items: it parses each change here, applies it with the pure
 * functions of this folder, and plans the next alarm from the result.
 */

const BackupKindSchema = z.enum(BACKUP_KINDS);
const AccountIdSchema = z.enum(ACCOUNT_IDS);

/** One notification's subject: every thing of one kind that was ready when it was shown. */
export const ReminderSchema = z.union([
  z.strictObject({
    kind: z.literal('backup'),
    ids: z.readonly(z.array(BackupKindSchema).check(z.minLength(1))),
  }),
  z.strictObject({
    kind: z.enum(['two-factor', 'two-factor-review']),
    ids: z.readonly(z.array(AccountIdSchema).check(z.minLength(1))),
  }),
]);

export const PRACTICE_ANSWERS = ['done', 'not-yet', 'not-applicable'] as const;
export type PracticeAnswer = (typeof PRACTICE_ANSWERS)[number];

export const ReminderChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('backup-choice'),
    backup: BackupKindSchema,
    ticked: z.boolean(),
    cadence: z.enum(CADENCES),
  }),
  z.strictObject({ kind: z.literal('backed-up'), backups: z.array(BackupKindSchema).check(z.minLength(1)) }),
  /** "Remind me tomorrow". */
  z.strictObject({ kind: z.literal('snooze'), reminder: ReminderSchema }),
  z.strictObject({ kind: z.literal('account-used'), account: AccountIdSchema, used: z.boolean() }),
  z.strictObject({ kind: z.literal('two-factor'), account: AccountIdSchema, status: z.enum(['on', 'off']) }),
  z.strictObject({ kind: z.literal('recovery-codes'), account: AccountIdSchema, saved: z.boolean() }),
  z.strictObject({
    kind: z.literal('review'),
    accounts: z.array(AccountIdSchema).check(z.minLength(1)),
    stillOn: z.boolean(),
    codesSafe: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('practice'),
    practice: z.enum(PRACTICE_IDS),
    answer: z.enum(PRACTICE_ANSWERS),
  }),
  z.strictObject({ kind: z.literal('quiet-hours'), quietHours: QuietHoursSchema }),
  z.strictObject({ kind: z.literal('pause'), paused: z.boolean() }),
]);
export type ReminderChange = z.infer<typeof ReminderChangeSchema>;

export function chooseBackup(
  settings: ReminderSettings,
  kind: BackupKind,
  choice: { ticked: boolean; cadence: Cadence },
): ReminderSettings {
  return { ...settings, backups: { ...settings.backups, [kind]: choice } };
}

export function setQuietHours(settings: ReminderSettings, quietHours: QuietHours): ReminderSettings {
  return { ...settings, quietHours };
}

/** "Not yet" is the absence of an answer, so the item counts again. */
export function answerPractice(
  checklist: Checklist,
  id: PracticeId,
  answer: PracticeAnswer,
  now: number,
): Checklist {
  const { [id]: _previous, ...rest } = checklist;
  return answer === 'not-yet' ? rest : { ...rest, [id]: { status: answer, at: now } };
}

export function practiceAnswer(checklist: Checklist, id: PracticeId): PracticeAnswer {
  return checklist[id]?.status ?? 'not-yet';
}
