import type { CheckDefinition } from '../../lib/checks/definition';
import { checkText } from '../../lib/checks/definition';
import { LANGUAGES } from '../../lib/i18n/language';
import { practiceTranslator } from '../../lib/i18n/practice';
import { PRACTICES } from '../../lib/reminders/checklist';

/**
 * The one-page checklist to print, in every language side by side, from the checks' own titles and
 * fixes and the checklist's practices: the same words the extension shows.
 */
export function Handout(props: { checks: readonly CheckDefinition[] }) {
  return (
    <div class="handout" data-printable="handout">
      {LANGUAGES.map((language) => {
        const t = practiceTranslator(language);
        return (
          <article
            key={language}
            lang={language}
            class="handout-column"
            aria-labelledby={`handout-${language}`}
          >
            <h3 id={`handout-${language}`}>{t('practice.handout.title')}</h3>
            <h4>{t('practice.handout.settings')}</h4>
            <ul>
              {props.checks.map((check) => (
                <li key={check.id}>
                  <strong>{t(checkText(check).title)}</strong>: {t(checkText(check).fix)}
                </li>
              ))}
            </ul>
            <h4>{t('practice.handout.habits')}</h4>
            <ul>
              {PRACTICES.map((practice) => (
                <li key={practice.id}>
                  <strong>{t(practice.title)}</strong>: {t(practice.how)}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </div>
  );
}
