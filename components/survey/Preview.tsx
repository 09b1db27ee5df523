import type { PendingRecords } from '../../lib/survey/draft';
import { findQuestion, type Lang, QUESTIONNAIRE } from '../../lib/survey/questionnaire';
import { useI18n } from '../i18n';

type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;

function labelOf(id: string, code: string, language: Lang): string {
  return findQuestion(id)?.choices.find((choice) => choice.code === code)?.label[language] ?? code;
}

/** A record's answers as "question: answer" lines, randomized items marked. */
function AnswerList(props: { answers: Answers; empty: string }) {
  const { t, language } = useI18n();
  const entries = Object.entries(props.answers).filter(([, given]) => given !== undefined);
  if (entries.length === 0) return <p class="hint">{props.empty}</p>;
  return (
    <dl class="record-answers">
      {entries.map(([id, given]) => {
        const question = findQuestion(id);
        const codes = typeof given === 'string' ? [given] : (given ?? []);
        return (
          <div key={id} data-answer={id}>
            <dt>{question?.text[language] ?? id}</dt>
            <dd>
              {codes.map((code) => labelOf(id, code, language)).join(', ')}
              {question?.rr && <span class="rr-mark"> {t('survey.preview.protected')}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The exact record(s) that will be sent, in plain language and as raw JSON. */
export function Preview(props: {
  records: PendingRecords;
  alreadySent: boolean;
  browserAsksToShare: boolean;
  sendProblem: 'permission' | 'failed' | null;
  fileHref: string | null;
  onBack(): void;
  onSend(): void;
}) {
  const { t, language } = useI18n();
  const { main, followup } = props.records;
  const json = JSON.stringify(followup ? [main, followup] : [main], null, 2);
  return (
    <div class="survey-preview">
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {t('survey.preview.heading')}
      </h2>
      <p>{t('survey.preview.intro', { campaign: main.campaign })}</p>
      <p class="rr-note">
        {t('survey.preview.rrMark', { mark: t('survey.preview.protected') })} {QUESTIONNAIRE.rrNote[language]}
      </p>
      <section class="record" aria-labelledby="record-main-heading">
        <h3 id="record-main-heading">{t('survey.preview.main')}</h3>
        <AnswerList answers={{ ...main.profile, ...main.answers }} empty={t('survey.preview.none')} />
      </section>
      {followup && (
        <section class="record" aria-labelledby="record-followup-heading">
          <h3 id="record-followup-heading">{t('survey.preview.followup')}</h3>
          <p class="hint">{t('survey.preview.followupWhy')}</p>
          <AnswerList answers={followup.answers} empty={t('survey.preview.followupEmpty')} />
        </section>
      )}
      <details class="raw">
        <summary>{t('survey.preview.raw')}</summary>
        <pre data-testid="record-json">{json}</pre>
      </details>
      {props.browserAsksToShare && !props.alreadySent && (
        <p class="hint">{t('survey.preview.browserAsks')}</p>
      )}
      {props.alreadySent && <p class="problem">{t('survey.preview.alreadySent')}</p>}
      {props.sendProblem && (
        <p class="problem" role="alert">
          {t(props.sendProblem === 'permission' ? 'survey.send.permission' : 'survey.send.failed')}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={props.onBack}>
          {t('survey.preview.change')}
        </button>
        <button type="button" class="primary" disabled={props.alreadySent} onClick={props.onSend}>
          {t('survey.preview.send')}
        </button>
      </div>
      {props.fileHref && <SaveFile href={props.fileHref} campaign={main.campaign} />}
    </div>
  );
}

/** The main record as a file, for a trainer to import when there is no connection. */
export function SaveFile(props: { href: string; campaign: string }) {
  const { t } = useI18n();
  return (
    <section class="save-file" aria-labelledby="save-file-heading">
      <h3 id="save-file-heading">{t('survey.file.heading')}</h3>
      <p class="hint">{t('survey.file.body')}</p>
      <a class="button" href={props.href} download={`answers-${props.campaign}.json`}>
        {t('survey.file.save')}
      </a>
    </section>
  );
}
