import { CHECKS } from '../checks/registry';
import { resolveLanguage } from '../i18n/resolve';
import type { Message } from '../messages/protocol';
import { findings, type PromptPreferences, preferences, promptPreferences } from '../storage/items';
import { answerPrompt, decidePrompt } from './decide';
import type { PromptView } from './schema';
import { promptView } from './view';

type Of<T extends Message['type']> = Extract<Message, { type: T }>;

const CHECK_IDS = new Set(CHECKS.map((check) => check.id));

/** What the background does with prompt messages: the prompt preferences have this one writer. */
export const promptHandlers = {
  'request-prompt': async ({ context, ids }: Of<'request-prompt'>): Promise<PromptView | null> => {
    const [stored, prefs] = await Promise.all([findings.get(), preferences.get()]);
    const decide = (current: PromptPreferences) =>
      decidePrompt({ context, ids, prefs: current, findings: stored, checkIds: CHECK_IDS, now: Date.now() });
    let chosen: string | undefined;
    if (context === 'feed') {
      // Decided inside the update, so two tabs opening the feed at once show it only once.
      await promptPreferences.update((current) => {
        const decision = decide(current);
        chosen = decision.id;
        return decision.prefs;
      });
    } else {
      chosen = decide(await promptPreferences.get()).id;
    }
    if (!chosen) return null;
    return promptView(chosen, resolveLanguage(prefs.language, navigator.languages), CHECKS) ?? null;
  },
  'answer-prompt': async ({ id, answer }: Of<'answer-prompt'>) => {
    await promptPreferences.update((current) => answerPrompt(current, id, answer, Date.now()));
  },
  'set-prompts-enabled': async ({ enabled }: Of<'set-prompts-enabled'>) => {
    await promptPreferences.update((current) => ({ ...current, enabled }));
  },
  'restore-prompts': async () => {
    await promptPreferences.update((current) => ({ ...current, turnedOff: [], dismissedAt: {} }));
  },
};
