// No zod here: the content script reads these switches on every Facebook page.

/** Storage key of the prompt preferences (the stored item is defined in lib/storage/items.ts). */
export const PROMPT_PREFERENCES_KEY = 'prompts';

export interface PromptSwitches {
  enabled: boolean;
  turnedOff: readonly string[];
}

/**
 * The two switches a content script needs to stay idle without asking the background: all
 * prompts off, and which ones the user turned off. Read from the stored envelope as is; whatever
 * is not clearly "off" counts as on, and the background, which parses properly, has the last word.
 */
export function promptSwitches(stored: unknown): PromptSwitches {
  const value = (stored as { value?: { enabled?: unknown; turnedOff?: unknown } } | undefined)?.value;
  const turnedOff = Array.isArray(value?.turnedOff)
    ? value.turnedOff.filter((id) => typeof id === 'string')
    : [];
  return { enabled: value?.enabled !== false, turnedOff };
}
