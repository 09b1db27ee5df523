import { toggleCode } from '../../lib/survey/flow';
import { QUESTIONNAIRE, type QuestionEntry, TERMS, type TermId } from '../../lib/survey/questionnaire';
import { useI18n } from '../i18n';

type Given = string | readonly string[] | undefined;

/** The glossary entries a question and its choices point to, each once. */
function termsOf(question: QuestionEntry): TermId[] {
  const ids = [...(question.terms ?? []), ...question.choices.flatMap((choice) => choice.terms ?? [])];
  return [...new Set(ids)].filter((id): id is TermId => id in TERMS);
}

/** One question: radios or checkboxes in a fieldset, its hint, the words it uses, and a way to skip it. */
export function QuestionField(props: {
  question: QuestionEntry;
  /** What the device keeps; for a randomized item, only its randomized value. */
  stored: Given;
  /** A randomized item's true answer, known only while this page is open. */
  chosen: string | undefined;
  onAnswer(value: string | string[] | undefined): void;
}) {
  const { t, language } = useI18n();
  const { question } = props;
  const base = `q-${question.id}`;
  const terms = termsOf(question);
  // A randomized item shows the choice made on this page, never the stored value, which may be the other one.
  const selected: readonly string[] = question.rr
    ? props.chosen
      ? [props.chosen]
      : []
    : props.stored === undefined
      ? []
      : typeof props.stored === 'string'
        ? [props.stored]
        : props.stored;
  const answeredBefore =
    question.rr !== undefined && props.chosen === undefined && props.stored !== undefined;
  const described = [
    question.hint && `${base}-hint`,
    question.rr && `${base}-rr`,
    answeredBefore && `${base}-kept`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset class="question" data-question={question.id} aria-describedby={described || undefined}>
      <legend>{question.text[language]}</legend>
      {question.hint && (
        <p id={`${base}-hint`} class="hint">
          {question.hint[language]}
        </p>
      )}
      {question.kind === 'multi' && <p class="hint">{t('survey.question.several')}</p>}
      {question.rr && (
        <p id={`${base}-rr`} class="rr-note">
          {QUESTIONNAIRE.rrNote[language]}
        </p>
      )}
      {answeredBefore && (
        <p id={`${base}-kept`} class="hint">
          {t('survey.question.protectedKept')}
        </p>
      )}
      <div class="choices">
        {question.choices.map((choice) => {
          const id = `${base}-${choice.code}`;
          const checked = selected.includes(choice.code);
          return (
            <label key={choice.code} class="choice" for={id}>
              <input
                id={id}
                type={question.kind === 'single' ? 'radio' : 'checkbox'}
                name={base}
                value={choice.code}
                checked={checked}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  if (question.kind === 'single') return on && props.onAnswer(choice.code);
                  const next = toggleCode(question, selected, choice.code, on);
                  props.onAnswer(next.length > 0 ? next : undefined);
                }}
              />
              <span>{choice.label[language]}</span>
            </label>
          );
        })}
      </div>
      {terms.map((id) => (
        <details key={id} class="term">
          <summary>{t('survey.term.what', { term: TERMS[id].term[language] })}</summary>
          <p>{TERMS[id].definition[language]}</p>
        </details>
      ))}
      {(selected.length > 0 || answeredBefore) && (
        <button type="button" class="link-button" onClick={() => props.onAnswer(undefined)}>
          {t('survey.question.clear')}
        </button>
      )}
    </fieldset>
  );
}
