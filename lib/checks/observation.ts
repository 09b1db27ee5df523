import { z } from 'zod/mini';
import { PLATFORMS } from '../platforms';
import { EVIDENCE_MAX } from './definition';

/** `<platform>.<setting>`, kebab case: a contract shared with the popup, tests and stored findings. */
export const CheckIdSchema = z.string().check(z.regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/));
export type CheckId = z.infer<typeof CheckIdSchema>;

export const PlatformSchema = z.enum(PLATFORMS);

export const CheckStateSchema = z.enum(['risky', 'safe', 'unknown']);
export type CheckState = z.infer<typeof CheckStateSchema>;

/** Evidence is the setting's label and value as shown, cut short: never other page content. */
export const EvidenceSchema = z.object({
  label: z.string().check(z.maxLength(EVIDENCE_MAX)),
  value: z.string().check(z.maxLength(EVIDENCE_MAX)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ObservationSchema = z.object({
  checkId: CheckIdSchema,
  platform: PlatformSchema,
  state: CheckStateSchema,
  evidence: z.optional(EvidenceSchema),
  seenAt: z.number().check(z.int(), z.nonnegative()),
});
export type Observation = z.infer<typeof ObservationSchema>;
