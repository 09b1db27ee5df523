import { LANGUAGES, type Language } from '../lib/i18n/language';
import { useI18n } from './i18n';

/** Two buttons, each naming its language in that language, so anyone can find theirs. */
export function LanguageSwitch(props: { onChange(language: Language): void }) {
  const { language, t } = useI18n();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => props.onChange(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
