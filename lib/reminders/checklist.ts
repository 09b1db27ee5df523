import type { CheckId } from '../checks/observation';
import type { MessageKey } from '../i18n/translate';

/*
 * The personal checklist as data: what can be backed up, which accounts can have two-factor login,
 * and the practices no page can detect. No zod here: the stored items build their schemas from these
 * ids, and the popup can show the list without carrying a parser.
 */

/** The study's own backup cadences (`backup_frequency`), fastest first. */
export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];
/** What a kind is backed up at until the user picks a cadence. */
export const DEFAULT_CADENCE: Cadence = 'weekly';

export const CADENCE_TEXT: Record<Cadence, MessageKey> = {
  daily: 'checklist.cadence.daily',
  weekly: 'checklist.cadence.weekly',
  monthly: 'checklist.cadence.monthly',
};

export const BACKUP_KINDS = [
  'phone',
  'work-documents',
  'facebook-data',
  'google-data',
  'telegram-chats',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  id: BackupKind;
  title: MessageKey;
  how: MessageKey;
  /** Where the how-to starts: the tool itself where one exists, else a plain guide. */
  link: string;
}

/** The 3-2-1 idea in plain words, shown with every backup how-to. */
export const BACKUP_RULE_TEXT: MessageKey = 'checklist.backup.rule321';

export const BACKUPS: readonly BackupInfo[] = [
  {
    id: 'phone',
    title: 'checklist.backup.phone.title',
    how: 'checklist.backup.phone.how',
    link: 'https://support.google.com/android/answer/2819582',
  },
  {
    id: 'work-documents',
    title: 'checklist.backup.work-documents.title',
    how: 'checklist.backup.work-documents.how',
    // Security in a Box is written for human-rights defenders and is maintained in many languages.
    link: 'https://securityinabox.org/en/files/backup/',
  },
  {
    id: 'facebook-data',
    title: 'checklist.backup.facebook-data.title',
    how: 'checklist.backup.facebook-data.how',
    link: 'https://accountscenter.facebook.com/info_and_permissions/dyi',
  },
  {
    id: 'google-data',
    title: 'checklist.backup.google-data.title',
    how: 'checklist.backup.google-data.how',
    link: 'https://takeout.google.com/',
  },
  {
    id: 'telegram-chats',
    title: 'checklist.backup.telegram-chats.title',
    how: 'checklist.backup.telegram-chats.how',
    link: 'https://telegram.org/blog/export-and-more',
  },
];

/** The services the study's respondents use (`social_networks`), plus the mail accounts behind them. */
export const ACCOUNT_IDS = [
  'facebook',
  'messenger',
  'google',
  'telegram',
  'instagram',
  'tiktok',
  'x',
  'linkedin',
  'microsoft',
] as const;
export type AccountId = (typeof ACCOUNT_IDS)[number];

export interface AccountInfo {
  id: AccountId;
  /** A brand name, written the same in both languages. */
  name: string;
  /** Opens the two-factor setting itself where the service has a web page for it, else its help page. */
  twoFactorLink: string;
  steps: MessageKey;
  /** The registered check that reads this account's two-factor state from its settings page. */
  detectedBy?: CheckId;
  /** Logs in with another account's password and two-factor login, so it shares that account's state. */
  sameAccountAs?: AccountId;
}

export const ACCOUNTS: readonly AccountInfo[] = [
  {
    id: 'facebook',
    name: 'Facebook',
    twoFactorLink: 'https://accountscenter.facebook.com/password_and_security/two_factor',
    steps: 'checklist.account.facebook.steps',
    detectedBy: 'facebook.two-factor',
  },
  {
    id: 'messenger',
    name: 'Messenger',
    twoFactorLink: 'https://accountscenter.facebook.com/password_and_security/two_factor',
    steps: 'checklist.account.messenger.steps',
    sameAccountAs: 'facebook',
  },
  {
    id: 'google',
    name: 'Google (Gmail, YouTube)',
    twoFactorLink: 'https://myaccount.google.com/signinoptions/two-step-verification',
    steps: 'checklist.account.google.steps',
    detectedBy: 'google.two-factor',
  },
  {
    id: 'telegram',
    name: 'Telegram',
    // Telegram sets this in its apps only; the page explains where.
    twoFactorLink: 'https://telegram.org/blog/sessions-and-2-step-verification',
    steps: 'checklist.account.telegram.steps',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    twoFactorLink: 'https://accountscenter.instagram.com/password_and_security/two_factor/',
    steps: 'checklist.account.instagram.steps',
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    // TikTok sets this in its app only.
    twoFactorLink: 'https://support.tiktok.com/en/safety-hc/account-and-user-safety/account-safety',
    steps: 'checklist.account.tiktok.steps',
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    twoFactorLink: 'https://x.com/settings/account/login_verification',
    steps: 'checklist.account.x.steps',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    twoFactorLink: 'https://www.linkedin.com/psettings/two-step-verification',
    steps: 'checklist.account.linkedin.steps',
  },
  {
    id: 'microsoft',
    name: 'Microsoft (Outlook, Hotmail)',
    twoFactorLink: 'https://account.live.com/proofs/manage/additional',
    steps: 'checklist.account.microsoft.steps',
  },
];

/** The account whose two-factor state counts for `id`: Messenger's is Facebook's. */
export function accountOwner(id: AccountId): AccountId {
  return ACCOUNTS.find((account) => account.id === id)?.sameAccountAs ?? id;
}

export const TWO_FACTOR_STATUSES = ['on', 'off', 'unknown'] as const;
export type TwoFactorStatus = (typeof TWO_FACTOR_STATUSES)[number];

export const TWO_FACTOR_SOURCES = ['detected', 'user'] as const;
export type TwoFactorSource = (typeof TWO_FACTOR_SOURCES)[number];

export const TWO_FACTOR_TEXT: Record<TwoFactorStatus, MessageKey> = {
  on: 'checklist.twoFactor.on',
  off: 'checklist.twoFactor.off',
  unknown: 'checklist.twoFactor.unknown',
};

export const TWO_FACTOR_SOURCE_TEXT: Record<TwoFactorSource, MessageKey> = {
  detected: 'checklist.twoFactor.source.detected',
  user: 'checklist.twoFactor.source.user',
};

export const RECOVERY_CODES_TEXT: { label: MessageKey; why: MessageKey } = {
  label: 'checklist.recoveryCodes.label',
  why: 'checklist.recoveryCodes.why',
};

export const PRACTICE_IDS = [
  'passwords',
  'screen-lock',
  'updates',
  'encrypted-messenger',
  'incident-contact',
] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

export interface PracticeInfo {
  id: PracticeId;
  /** Who the study recommends it to: the incident contact is for people who work in an organisation. */
  audience: 'everyone' | 'organisation-staff';
  title: MessageKey;
  why: MessageKey;
  how: MessageKey;
}

/** The study's recommended practices that no settings page can show us. */
export const PRACTICES: readonly PracticeInfo[] = [
  {
    id: 'passwords',
    audience: 'everyone',
    title: 'checklist.practice.passwords.title',
    why: 'checklist.practice.passwords.why',
    how: 'checklist.practice.passwords.how',
  },
  {
    id: 'screen-lock',
    audience: 'everyone',
    title: 'checklist.practice.screen-lock.title',
    why: 'checklist.practice.screen-lock.why',
    how: 'checklist.practice.screen-lock.how',
  },
  {
    id: 'updates',
    audience: 'everyone',
    title: 'checklist.practice.updates.title',
    why: 'checklist.practice.updates.why',
    how: 'checklist.practice.updates.how',
  },
  {
    id: 'encrypted-messenger',
    audience: 'everyone',
    title: 'checklist.practice.encrypted-messenger.title',
    why: 'checklist.practice.encrypted-messenger.why',
    how: 'checklist.practice.encrypted-messenger.how',
  },
  {
    id: 'incident-contact',
    audience: 'organisation-staff',
    title: 'checklist.practice.incident-contact.title',
    why: 'checklist.practice.incident-contact.why',
    how: 'checklist.practice.incident-contact.how',
  },
];
