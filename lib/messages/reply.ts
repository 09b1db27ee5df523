import { z } from 'zod/mini';

/*
 * Apart from protocol.ts: every page that sends a message parses its reply, and should not load the
 * message schemas (the survey's carry the whole questionnaire) to do so.
 */

export const ErrorCodeSchema = z.enum(['not-allowed', 'invalid-message', 'failed']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ReplySchema = z.union([
  z.strictObject({ ok: z.literal(true), data: z.optional(z.unknown()) }),
  z.strictObject({ ok: z.literal(false), error: ErrorCodeSchema, detail: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
