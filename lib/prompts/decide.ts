import type { CheckId } from '../checks/observation';
import type { Finding, Findings, PromptPreferences } from '../storage/items';
import { OWN_PROMPTS } from './definitions';
import type { PromptAnswer, PromptContext } from './schema';

const DAY = 24 * 60 * 60 * 1000;
/** A dismissed prompt keeps quiet this long: long enough not to nag, short enough to matter again. */
export const DISMISS_QUIET_MS = DAY;
/** The feed shows a prompt at most this often. */
export const FEED_EVERY_MS = DAY;

export interface PromptQuestion {
  context: PromptContext;
  /** What the page could show, most important first. */
  ids: readonly CheckId[];
  prefs: PromptPreferences;
  findings: Findings;
  /** The registered checks: a settings page prompts only about those. */
  checkIds: ReadonlySet<CheckId>;
  now: number;
}

export interface PromptDecision {
  /** The one prompt to show, if any. */
  id?: CheckId;
  /** The preferences after showing it (the feed remembers when it last prompted). */
  prefs: PromptPreferences;
}

/** Since `at`, less than `span` has passed. A time ahead of the clock does not count. */
const within = (at: number | undefined, span: number, now: number) =>
  at !== undefined && now >= at && now - at < span;

/** The user has settled this setting: it is safe, or they keep it risky on purpose. */
const settled = (finding: Finding | undefined) =>
  finding?.state === 'safe' || (finding?.state === 'risky' && finding.acknowledged === true);

/**
 * Whether a prompt shows, and which one: at most one at a time, never when prompts are off,
 * turned off, recently dismissed, or about a setting the user keeps on purpose.
 */
export function decidePrompt(question: PromptQuestion): PromptDecision {
  const { context, prefs, findings, now } = question;
  const none = { prefs };
  if (!prefs.enabled) return none;
  if (context === 'feed' && within(prefs.lastFeedPromptAt, FEED_EVERY_MS, now)) return none;
  const fits = (id: CheckId) => {
    if (context === 'settings') return question.checkIds.has(id) && findings[id]?.acknowledged !== true;
    if (OWN_PROMPTS[id] !== context) return false;
    // The feed prompts about a check until the user has settled it, even before we have read it.
    return context !== 'feed' || !settled(findings[id]);
  };
  const quiet = (id: CheckId) =>
    prefs.turnedOff.includes(id) || within(prefs.dismissedAt[id], DISMISS_QUIET_MS, now);
  const id = question.ids.find((candidate) => fits(candidate) && !quiet(candidate));
  if (!id) return none;
  return { id, prefs: context === 'feed' ? { ...prefs, lastFeedPromptAt: now } : prefs };
}

/** What the user's answer to a prompt changes. */
export function answerPrompt(
  prefs: PromptPreferences,
  id: CheckId,
  answer: PromptAnswer,
  now: number,
): PromptPreferences {
  if (answer === 'dismiss') return { ...prefs, dismissedAt: { ...prefs.dismissedAt, [id]: now } };
  return prefs.turnedOff.includes(id) ? prefs : { ...prefs, turnedOff: [...prefs.turnedOff, id] };
}
