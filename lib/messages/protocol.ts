import { z } from 'zod/mini';
import { CheckIdSchema, ObservationSchema, PlatformSchema } from '../checks/observation';
import { SurveySendSchema } from '../outbox/enqueue';
import { PromptAnswerSchema, PromptRequestSchema, PromptViewSchema } from '../prompts/schema';
import { ReminderChangeSchema, ReminderSchema } from '../reminders/changes';

/** Every message sent inside the extension. Parsed on receipt; nothing else is accepted. */
export const MessageSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('report-observations'),
      platform: PlatformSchema,
      observations: z.array(ObservationSchema).check(z.maxLength(100)),
    })
    .check(
      z.refine((m) => m.observations.every((o) => o.platform === m.platform), {
        message: 'every observation must be of the reported platform',
      }),
    ),
  z.strictObject({
    type: z.literal('acknowledge-finding'),
    checkId: CheckIdSchema,
    acknowledged: z.boolean(),
  }),
  z.strictObject({ type: z.literal('clear-findings') }),
  PromptRequestSchema,
  z.strictObject({ type: z.literal('answer-prompt'), id: CheckIdSchema, answer: PromptAnswerSchema }),
  z.strictObject({ type: z.literal('set-prompts-enabled'), enabled: z.boolean() }),
  z.strictObject({ type: z.literal('restore-prompts') }),
  z.strictObject({ type: z.literal('check-now'), platform: PlatformSchema }),
  z.strictObject({
    type: z.literal('page-status'),
    platform: PlatformSchema,
    status: z.literal('login-required'),
  }),
  SurveySendSchema,
  z.strictObject({ type: z.literal('change-reminders'), change: ReminderChangeSchema }),
  /** One of a reminder's two actions, pressed on the reminders page instead of the notification. */
  z.strictObject({
    type: z.literal('answer-reminder'),
    reminder: ReminderSchema,
    button: z.union([z.literal(0), z.literal(1)]),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Content scripts run inside someone else's page, so they may send only what they need. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'report-observations',
  'page-status',
  'request-prompt',
  'answer-prompt',
]);

/**
 * The answers of the messages that ask a question. The router parses a handler's answer with its
 * schema before it leaves the background; every other message is answered with a bare `{ ok: true }`.
 */
export const REPLY_DATA = {
  'request-prompt': z.nullable(PromptViewSchema),
  /** The outbox keys of the records, in the order given. */
  'survey-send': z.object({ keys: z.array(z.string()) }),
} satisfies Partial<Record<MessageType, z.ZodMiniType>>;
export type Question = keyof typeof REPLY_DATA;
export type ReplyData<K extends Question> = z.infer<(typeof REPLY_DATA)[K]>;
