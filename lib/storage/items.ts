import { z } from 'zod/mini';
import { CheckIdSchema, ObservationSchema, PlatformSchema } from '../checks/observation';
import { LanguageSchema } from '../i18n/language';
import { PROMPT_PREFERENCES_KEY } from '../prompts/switches';
import { defineStoredItem } from './item';

/** Every item the extension stores. Bump `version` and append a migration to change a shape. */

export const PreferencesSchema = z.object({
  /** Unset until the user picks one; until then the browser's languages decide. */
  language: z.optional(LanguageSchema),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const preferences = defineStoredItem<Preferences>({
  key: 'preferences',
  schema: PreferencesSchema,
  version: 1,
  migrations: [],
  fallback: {},
});

export const FindingSchema = z.extend(ObservationSchema, {
  /** The user said this risky setting is how they want it. Cleared when the state changes. */
  acknowledged: z.optional(z.boolean()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const FindingsSchema = z.record(CheckIdSchema, FindingSchema);
export type Findings = z.infer<typeof FindingsSchema>;

export const findings = defineStoredItem<Findings>({
  key: 'findings',
  schema: FindingsSchema,
  version: 1,
  migrations: [],
  fallback: {},
});

const Timestamp = z.number().check(z.int(), z.nonnegative());

export const PromptPreferencesSchema = z.object({
  /** The switch in options: off silences every in-page prompt. */
  enabled: z.boolean(),
  /** Prompts the user asked never to see again. */
  turnedOff: z.array(CheckIdSchema),
  /** When each prompt was last dismissed; it keeps quiet for a while after. */
  dismissedAt: z.record(CheckIdSchema, Timestamp),
  /** When the feed last showed a prompt: it shows at most one a day. */
  lastFeedPromptAt: z.optional(Timestamp),
});
export type PromptPreferences = z.infer<typeof PromptPreferencesSchema>;

export const promptPreferences = defineStoredItem<PromptPreferences>({
  // Content scripts read the switches under this key without zod (lib/prompts/switches.ts).
  key: PROMPT_PREFERENCES_KEY,
  schema: PromptPreferencesSchema,
  version: 1,
  migrations: [],
  fallback: { enabled: true, turnedOff: [], dismissedAt: {} },
});

/** The latest "Check now" run, so the popup can show its progress even after reopening. */
export const CheckRunSchema = z.object({
  platform: PlatformSchema,
  status: z.enum(['running', 'done', 'login-required', 'interrupted']),
  done: z.number().check(z.int(), z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  startedAt: z.number(),
  finishedAt: z.optional(z.number()),
});
export type CheckRun = z.infer<typeof CheckRunSchema>;

export const checkRun = defineStoredItem<CheckRun | null>({
  key: 'check-run',
  schema: z.nullable(CheckRunSchema),
  version: 1,
  migrations: [],
  fallback: null,
});
