import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Language } from '../lib/i18n/language';
import { type Translator, translator } from '../lib/i18n/translate';

interface I18n {
  language: Language;
  t: Translator;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator('en') });

export function I18nProvider(props: { language: Language; children: ComponentChildren }) {
  const value = useMemo(
    () => ({ language: props.language, t: translator(props.language) }),
    [props.language],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
