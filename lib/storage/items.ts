import { z } from 'zod/mini';
import { CheckIdSchema, ObservationSchema, PlatformSchema } from '../checks/observation';
import { LanguageSchema } from '../i18n/language';
import { PROMPT_PREFERENCES_KEY } from '../prompts/switches';
import {
  ACCOUNT_IDS,
  BACKUP_KINDS,
  CADENCES,
  PRACTICE_IDS,
  TWO_FACTOR_SOURCES,
  TWO_FACTOR_STATUSES,
} from '../reminders/checklist';
import { DomainSchema } from '../twofa/sites';
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

const PageCount = z.number().check(z.int(), z.nonnegative());

/** The latest "Check now" run, so the popup can show its progress even after reopening. */
export const CheckRunSchema = z.object({
  platform: PlatformSchema,
  /**
   * `incomplete`: it went through every page, but some did not load in time (`unread`).
   * `login-required` and `not-reached`: it stopped at `stoppedAt`, which asked for a login or never
   * showed (most likely a sign-in page on a host we do not read).
   */
  status: z.enum(['running', 'done', 'incomplete', 'login-required', 'not-reached', 'interrupted']),
  /** Pages gone through, read or not. */
  done: PageCount,
  total: PageCount,
  /** Pages that did not load in time, so nothing on them was read. */
  unread: PageCount,
  stoppedAt: z.optional(z.url({ protocol: /^https$/ })),
  startedAt: z.number(),
  finishedAt: z.optional(z.number()),
});
export type CheckRun = z.infer<typeof CheckRunSchema>;

export const checkRun = defineStoredItem<CheckRun | null>({
  key: 'check-run',
  schema: z.nullable(CheckRunSchema),
  version: 2,
  migrations: [
    // Version 1 did not count unread pages: a page that timed out was counted as checked.
    (previous) => (previous === null ? null : { ...(previous as object), unread: 0 }),
  ],
  fallback: null,
});

const BackupKindSchema = z.enum(BACKUP_KINDS);
const AccountIdSchema = z.enum(ACCOUNT_IDS);
const MinuteOfDay = z.number().check(z.int(), z.nonnegative(), z.lt(24 * 60));

export const QuietHoursSchema = z.object({
  /** Local minutes after midnight. `start` after `end` crosses midnight; equal means no quiet hours. */
  start: MinuteOfDay,
  end: MinuteOfDay,
});
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** What the user chose for reminders; the background's own bookkeeping lives in `reminderLog`. */
export const ReminderSettingsSchema = z.object({
  /** A kind without an entry is not ticked and would be backed up weekly. */
  backups: z.partialRecord(BackupKindSchema, z.object({ ticked: z.boolean(), cadence: z.enum(CADENCES) })),
  quietHours: QuietHoursSchema,
  /** "Pause all reminders": nothing is shown before this. */
  pausedUntil: z.optional(Timestamp),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

export const reminderSettings = defineStoredItem<ReminderSettings>({
  key: 'reminder-settings',
  schema: ReminderSettingsSchema,
  version: 1,
  migrations: [],
  // Nothing is ticked until the user chooses; quiet from 21:00 to 07:00 local time.
  fallback: { backups: {}, quietHours: { start: 21 * 60, end: 7 * 60 } },
});

/** The last time a reminder was shown about one thing, or put off by "Remind me tomorrow". */
export const ReminderMarkSchema = z.object({ at: Timestamp, snoozed: z.boolean() });
export type ReminderMark = z.infer<typeof ReminderMarkSchema>;

/**
 * Kept apart from the settings because the background writes it on every notification while the
 * options page writes the settings: one item each, so neither overwrites the other's change.
 */
export const ReminderLogSchema = z.object({
  /** The last notification of any kind: one a day at most. */
  lastShownAt: z.optional(Timestamp),
  marks: z.object({
    'two-factor': z.partialRecord(AccountIdSchema, ReminderMarkSchema),
    'two-factor-review': z.partialRecord(AccountIdSchema, ReminderMarkSchema),
    backup: z.partialRecord(BackupKindSchema, ReminderMarkSchema),
  }),
});
export type ReminderLog = z.infer<typeof ReminderLogSchema>;

export const reminderLog = defineStoredItem<ReminderLog>({
  key: 'reminder-log',
  schema: ReminderLogSchema,
  version: 1,
  migrations: [],
  fallback: { marks: { 'two-factor': {}, 'two-factor-review': {}, backup: {} } },
});

/** When each kind was last backed up ("I backed up now"). */
export const BackupLogSchema = z.partialRecord(BackupKindSchema, z.object({ at: Timestamp }));
export type BackupLog = z.infer<typeof BackupLogSchema>;

export const backupLog = defineStoredItem<BackupLog>({
  key: 'backup-log',
  schema: BackupLogSchema,
  version: 1,
  migrations: [],
  fallback: {},
});

/** What we know of an account's two-factor login, who said so, and when. */
export const TwoFactorFactSchema = z.object({
  status: z.enum(TWO_FACTOR_STATUSES),
  source: z.enum(TWO_FACTOR_SOURCES),
  at: Timestamp,
});
export type TwoFactorFact = z.infer<typeof TwoFactorFactSchema>;

export const AccountSecuritySchema = z.object({
  /** Absent until detected or told: unknown. */
  twoFactor: z.optional(TwoFactorFactSchema),
  recoveryCodesSaved: z.boolean(),
  /** Start of the current six months: when two-factor login was last turned on or last confirmed. */
  reviewedAt: z.optional(Timestamp),
});
export type AccountSecurity = z.infer<typeof AccountSecuritySchema>;

export const AccountsSchema = z.object({
  /** The accounts the user ticked as theirs. */
  used: z.array(AccountIdSchema),
  /** Kept under the account that owns the login: Messenger's is under Facebook. */
  security: z.partialRecord(AccountIdSchema, AccountSecuritySchema),
});
export type Accounts = z.infer<typeof AccountsSchema>;

export const accounts = defineStoredItem<Accounts>({
  key: 'accounts',
  schema: AccountsSchema,
  version: 1,
  migrations: [],
  fallback: { used: [], security: {} },
});

/** A practice without an entry is "not yet". */
export const ChecklistSchema = z.partialRecord(
  z.enum(PRACTICE_IDS),
  z.object({ status: z.enum(['done', 'not-applicable']), at: Timestamp }),
);
export type Checklist = z.infer<typeof ChecklistSchema>;

export const checklist = defineStoredItem<Checklist>({
  key: 'checklist',
  schema: ChecklistSchema,
  version: 1,
  migrations: [],
  fallback: {},
});

/**
 * "Tell me when a site I visit supports two-factor login": off until the user turns it on and the
 * browser grants the permission to see visited addresses. Only sites told about are remembered.
 */
export const TwoFactorSitesSchema = z.object({
  enabled: z.boolean(),
  /** Under each site's main domain: "noticed" may be told again after a while, "done" never. */
  sites: z.record(DomainSchema, z.object({ status: z.enum(['noticed', 'done']), at: Timestamp })),
  /** The last notice: one a day at most. */
  lastNoticeAt: z.optional(Timestamp),
});
export type TwoFactorSites = z.infer<typeof TwoFactorSitesSchema>;

export const twoFactorSites = defineStoredItem<TwoFactorSites>({
  key: 'two-factor-sites',
  schema: TwoFactorSitesSchema,
  version: 1,
  migrations: [],
  fallback: { enabled: false, sites: {} },
});
