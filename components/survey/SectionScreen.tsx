import type { QuestionEntry, QuestionId, SectionDef } from '../../lib/survey/questionnaire';
import { useI18n } from '../i18n';
import { BackNext } from './BackNext';
import { QuestionField } from './QuestionField';

/** One screen of questions, with where the participant is and the way on and back. */
export function SectionScreen(props: {
  section: SectionDef | null;
  questions: readonly QuestionEntry[];
  progress: { index: number; count: number } | null;
  answers: Readonly<Record<string, string | readonly string[]>>;
  trueAnswers: Readonly<Record<string, string>>;
  onAnswer(id: QuestionId, value: string | string[] | undefined): void;
  onBack(): void;
  onNext(): void;
}) {
  const { t, language } = useI18n();
  return (
    <form
      class="survey-section"
      data-screen={props.section?.id ?? 'adult'}
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      {props.progress && (
        <p class="progress">
          {t('survey.progress', { index: props.progress.index, count: props.progress.count })}
          <progress max={props.progress.count} value={props.progress.index} aria-hidden="true" />
        </p>
      )}
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {props.section ? props.section.title[language] : t('survey.adult.heading')}
      </h2>
      {props.section && <p class="hint">{t('survey.skipHint')}</p>}
      {props.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          stored={props.answers[question.id]}
          chosen={props.trueAnswers[question.id]}
          onAnswer={(value) => props.onAnswer(question.id, value)}
        />
      ))}
      <BackNext onBack={props.onBack} />
    </form>
  );
}
