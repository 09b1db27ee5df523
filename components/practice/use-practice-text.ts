import { useMemo } from 'preact/hooks';
import { type PracticeText, practiceTranslator } from '../../lib/i18n/practice';
import { useI18n } from '../i18n';

/** The practice strings and the main catalogue's, in the language of the page. */
export function usePracticeText(): PracticeText {
  const { language } = useI18n();
  return useMemo(() => practiceTranslator(language), [language]);
}
