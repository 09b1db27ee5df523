import { formatNumber } from '../../lib/i18n/translate';
import { PRACTICES } from '../../lib/reminders/checklist';
import { findQuestion, type IndicatorId, TABLE_GROUPS } from '../../lib/survey/questionnaire';
import { STUDY_2024 } from '../../lib/survey/study2024';
import { useI18n } from '../i18n';

type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The participant's own answers (from this device only) beside the 2024 study's figures, as bars
 * with their numbers in text, the caveats STUDY.md asks for, and what to do next: the checklist's
 * practices, each with why and how.
 */
export function YouAndStudy(props: {
  answers: Answers;
  /** The extension's checklist page; the web page has none and lists the practices alone. */
  checklistHref?: string;
}) {
  const { t, language } = useI18n();
  const indicators = Object.entries(STUDY_2024.indicators) as [
    IndicatorId,
    NonNullable<(typeof STUDY_2024.indicators)[IndicatorId]>,
  ][];
  return (
    <section class="you-and-study" aria-labelledby="study-heading">
      <h2 id="study-heading">{t('survey.study.heading')}</h2>
      <p>{t('survey.study.intro')}</p>
      <p class="caveat">
        {STUDY_2024.source[language]} {t('survey.study.caveat')}
      </p>
      {indicators.map(([id, entry]) => {
        const question = findQuestion(id);
        if (!question) return null;
        const given = props.answers[id];
        const codes = given === undefined ? [] : typeof given === 'string' ? [given] : given;
        const label = (code: string) =>
          question.choices.find((c) => c.code === code)?.label[language] ?? code;
        const yours = question.rr
          ? t('survey.study.yoursProtected')
          : codes.length === 0
            ? t('survey.study.yoursSkipped')
            : codes.map(label).join(', ');
        return (
          <article key={id} class="study-item" data-indicator={id}>
            <h3>{question.text[language]}</h3>
            <p>
              <strong>{t('survey.study.yours')}</strong> {yours}
            </p>
            {entry.figures.length > 0 && (
              <ul class="bars">
                {entry.figures.map((figure) => {
                  const group =
                    TABLE_GROUPS.find((g) => g.key === figure.group)?.label[language] ?? figure.group;
                  return (
                    <li key={`${figure.group}-${figure.code}`}>
                      <span class="bar-label">
                        {t('survey.study.figure', {
                          group,
                          answer: label(figure.code),
                          percent: formatNumber(language, figure.percent),
                        })}
                      </span>
                      <span class="bar-track" aria-hidden="true">
                        <span class="bar-fill" style={{ width: `${figure.percent}%` }} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
            {entry.note && <p class="hint">{entry.note[language]}</p>}
          </article>
        );
      })}
      <section class="next-steps" aria-labelledby="next-steps-heading">
        <h3 id="next-steps-heading">{t('survey.study.next')}</h3>
        <ul class="practices">
          {PRACTICES.map((practice) => (
            <li key={practice.id}>
              <details>
                <summary>{t(practice.title)}</summary>
                <p>{t(practice.why)}</p>
                <p>{t(practice.how)}</p>
              </details>
            </li>
          ))}
        </ul>
        {props.checklistHref && (
          <p>
            <a href={props.checklistHref} target="_blank" rel="noreferrer">
              {t('survey.study.checklist')}
            </a>
          </p>
        )}
      </section>
    </section>
  );
}
