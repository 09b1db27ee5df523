import { z } from 'zod/mini';
import { CheckIdSchema, PlatformSchema } from '../checks/observation';
import { LanguageSchema } from '../i18n/language';
import { platformOfUrl } from '../platforms';

/** Where a content script asks for a prompt: each has its own rules about which prompt may show. */
export const PromptContextSchema = z.enum(['composer', 'settings', 'feed']);
export type PromptContext = z.infer<typeof PromptContextSchema>;

export const PromptAnswerSchema = z.enum(['dismiss', 'turn-off']);
export type PromptAnswer = z.infer<typeof PromptAnswerSchema>;

export const PromptRequestSchema = z.strictObject({
  type: z.literal('request-prompt'),
  platform: PlatformSchema,
  context: PromptContextSchema,
  /** The prompts the page could show now, most important first (for settings: its risky checks). */
  ids: z.array(CheckIdSchema).check(z.maxLength(20)),
});

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A prompt ready to draw: the background picks the words, so the content script carries no
 * catalogue. Its link, if any, goes to the platform itself and nowhere else.
 */
export const PromptViewSchema = z.strictObject({
  id: CheckIdSchema,
  language: LanguageSchema,
  title: text(200),
  body: text(600),
  link: z.optional(
    z.url({ protocol: /^https$/ }).check(
      z.refine((url) => platformOfUrl(url) !== undefined, {
        message: 'links only to a supported platform',
      }),
    ),
  ),
  labels: z.strictObject({
    /** Who is speaking, so no one mistakes the prompt for the platform's own words. */
    source: text(80),
    dismiss: text(80),
    turnOff: text(80),
    open: z.optional(text(80)),
  }),
});
export type PromptView = z.infer<typeof PromptViewSchema>;
