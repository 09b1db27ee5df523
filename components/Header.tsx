import type { Language } from '../lib/i18n/language';
import { useI18n } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Header(props: { title?: string; onLanguageChange?(language: Language): void }) {
  const { t } = useI18n();
  return (
    <header class="header">
      <div>
        <h1>{props.title ?? t('app.name')}</h1>
        <p class="tagline">{t('app.tagline')}</p>
      </div>
      {props.onLanguageChange && <LanguageSwitch onChange={props.onLanguageChange} />}
    </header>
  );
}
