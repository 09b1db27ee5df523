import { z } from 'zod/mini';
import { CheckIdSchema, ObservationSchema, PlatformSchema } from '../checks/observation';

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
  z.strictObject({ type: z.literal('check-now'), platform: PlatformSchema }),
  z.strictObject({
    type: z.literal('page-status'),
    platform: PlatformSchema,
    status: z.literal('login-required'),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Content scripts run inside someone else's page, so they may send only what they need. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'report-observations',
  'page-status',
]);

export const ErrorCodeSchema = z.enum(['not-allowed', 'invalid-message', 'failed']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ReplySchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), error: ErrorCodeSchema, detail: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
