import { z } from 'zod/mini';

export const LanguageSchema = z.enum(['en', 'km']);
export type Language = z.infer<typeof LanguageSchema>;

export const LANGUAGES: readonly Language[] = LanguageSchema.options;

/** The first language the browser prefers that we have, else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const base = locale.toLowerCase().split('-')[0];
    const parsed = LanguageSchema.safeParse(base);
    if (parsed.success) return parsed.data;
  }
  return 'en';
}
