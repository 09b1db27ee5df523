// No zod and no words here: the content script reads this to know which prompt fits which moment.
import type { CheckId } from '../checks/observation';
import type { PromptContext } from './schema';

/**
 * Prompts that are not a settings page's own check, and the one place each may show. A prompt
 * about a check shares its id, so turning it off turns it off on the settings page too.
 */
export const OWN_PROMPTS: Readonly<Record<CheckId, Exclude<PromptContext, 'settings'>>> = {
  'facebook.post-audience': 'composer',
  'facebook.two-factor': 'feed',
};
