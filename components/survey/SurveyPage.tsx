import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../lib/i18n/language';
import { ADULT_QUESTION, progressOf, shownSections } from '../../lib/survey/flow';
import { findQuestion, type QuestionEntry } from '../../lib/survey/questionnaire';
import type { SurveyActions, SurveyState } from '../../lib/ui/use-survey';
import { Header } from '../Header';
import { useI18n } from '../i18n';
import { CampaignStep } from './CampaignStep';
import { Consent } from './Consent';
import { Preview, SaveFile } from './Preview';
import { SectionScreen } from './SectionScreen';
import { SendStatus } from './SendStatus';
import { YouAndStudy } from './YouAndStudy';

export type SurveyPageProps = SurveyState &
  SurveyActions & { onLanguageChange(language: Language): void; checklistHref?: string };

/** The whole questionnaire, one screen at a time; the same component in the extension and on the web. */
export function SurveyPage(props: SurveyPageProps) {
  const { t } = useI18n();
  const { draft } = props;
  const screenKey = `${draft.stage}:${draft.section ?? ''}`;
  const first = useRef(true);
  // A new screen moves focus to its heading, so screen readers announce it and Tab starts at the top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('survey-screen-heading')?.focus();
  }, [screenKey]);

  return (
    <div class="page survey">
      <Header title={t('survey.title')} onLanguageChange={props.onLanguageChange} />
      <main>
        {props.previousKeys.length > 0 && (
          <section class="previous" aria-labelledby="previous-heading">
            <h2 id="previous-heading">{t('survey.shared.sentHeading')}</h2>
            <SendStatus keys={props.previousKeys} outbox={props.outbox} />
            <button type="button" onClick={props.dismissPrevious}>
              {t('survey.shared.nextPerson')}
            </button>
          </section>
        )}
        <Screen {...props} />
      </main>
    </div>
  );
}

function Screen(props: SurveyPageProps) {
  const { t, language } = useI18n();
  const { draft } = props;
  // The adult check and every section answer, go back and go on alike.
  const answering = {
    answers: draft.answers,
    trueAnswers: props.trueAnswers,
    onAnswer: props.answer,
    onBack: props.back,
    onNext: props.next,
  };
  switch (draft.stage) {
    case 'consent':
      return (
        <Consent
          collector={props.linkFixed ? (draft.link?.collector ?? null) : null}
          sharedComputer={props.device.sharedComputer}
          onSharedComputerChange={props.setSharedComputer}
          onStart={props.consent}
        />
      );
    case 'campaign':
      return (
        <CampaignStep
          link={draft.link}
          alreadySent={props.alreadySent}
          onLink={props.setLink}
          onBack={props.back}
          onNext={props.next}
        />
      );
    case 'adult':
      if (props.alreadySent) return <AlreadySent campaign={draft.link?.campaign ?? ''} />;
      return (
        <SectionScreen
          section={null}
          questions={[findQuestion(ADULT_QUESTION) as QuestionEntry]}
          progress={null}
          {...answering}
        />
      );
    case 'section': {
      const shown = shownSections(draft.answers, props.trueAnswers).find(
        (entry) => entry.section.id === draft.section,
      );
      if (!shown) return <Lost onBack={props.back} />;
      return (
        <SectionScreen
          section={shown.section}
          questions={shown.questions}
          progress={progressOf(shown.section.id, draft.answers, props.trueAnswers)}
          {...answering}
        />
      );
    }
    case 'preview':
      if (!draft.pending) return <Lost onBack={props.back} />;
      return (
        <Preview
          records={draft.pending}
          alreadySent={props.alreadySent}
          browserAsksToShare={props.browserAsksToShare}
          sendProblem={props.sendProblem}
          fileHref={props.fileHref}
          onBack={props.back}
          onSend={() => void props.send()}
        />
      );
    case 'done':
      return (
        <div class="survey-done">
          <h2 id="survey-screen-heading" tabIndex={-1}>
            {t('survey.done.heading')}
          </h2>
          <p>{t('survey.done.body')}</p>
          <SendStatus keys={draft.sentKeys} outbox={props.outbox} />
          {props.fileHref && draft.pending && (
            <SaveFile href={props.fileHref} campaign={draft.pending.main.campaign} />
          )}
          <YouAndStudy answers={draft.answers} checklistHref={props.checklistHref} />
        </div>
      );
    case 'ended':
      return (
        <div class="survey-ended">
          <h2 id="survey-screen-heading" tabIndex={-1}>
            {t('survey.ended.heading')}
          </h2>
          <p>{findQuestion(ADULT_QUESTION)?.gate?.message[language]}</p>
          <div class="actions">
            <button type="button" onClick={props.back}>
              {t('survey.back')}
            </button>
          </div>
        </div>
      );
  }
}

function AlreadySent(props: { campaign: string }) {
  const { t } = useI18n();
  return (
    <div class="survey-ended">
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {t('survey.done.heading')}
      </h2>
      <p>{t('survey.link.alreadySent', { campaign: props.campaign })}</p>
    </div>
  );
}

/** A screen that no longer applies (answers changed elsewhere): say so and offer the way back. */
function Lost(props: { onBack(): void }) {
  const { t } = useI18n();
  return (
    <div>
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {t('survey.lost.heading')}
      </h2>
      <div class="actions">
        <button type="button" onClick={props.onBack}>
          {t('survey.back')}
        </button>
      </div>
    </div>
  );
}
