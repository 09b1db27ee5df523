import type { MessageKey } from './en';

/**
 * Khmer strings written without a native speaker's review. A reviewer checks each one,
 * fixes km.ts where needed, and removes the key from this list.
 */
export const KM_NEEDS_REVIEW: readonly MessageKey[] = [
  'app.name',
  'app.tagline',
  'status.none.body',
  'status.ok.body',
  'status.attention.title',
  'status.unknown.body',
  'findings.state.acknowledged',
  'findings.acknowledge',
  'score.explain',
  'checkNow.hint',
  'checkNow.login-required',
  'reminders.empty',
  'survey.empty',
  'practice.empty',
  'options.language.hint',
  'options.privacy.body',
  'check.facebook.future-posts.why',
  'check.facebook.future-posts.fix',
];
