import { useState } from 'preact/hooks';
import {
  type CampaignLink,
  type CampaignLinkProblem,
  campaignLinkText,
} from '../../lib/survey/campaign-link';
import { useI18n } from '../i18n';
import { BackNext } from './BackNext';

/** The trainer's link, pasted: where the answers will go. */
export function CampaignStep(props: {
  link: CampaignLink | null;
  alreadySent: boolean;
  onLink(text: string): CampaignLinkProblem | null;
  onBack(): void;
  onNext(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.link ? campaignLinkText(props.link) : '');
  const [problem, setProblem] = useState<CampaignLinkProblem | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = props.onLink(text);
    setProblem(found);
    if (!found) props.onNext();
  };
  return (
    <form class="survey-campaign" onSubmit={submit} noValidate>
      <h2 id="survey-screen-heading" tabIndex={-1}>
        {t('survey.link.heading')}
      </h2>
      <p>{t('survey.link.body')}</p>
      <label for="campaign-link">{t('survey.link.label')}</label>
      <input
        id="campaign-link"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'campaign-link-problem' : 'campaign-link-hint'}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="campaign-link-hint" class="hint">
        {t('survey.link.hint')}
      </p>
      {problem && (
        <p id="campaign-link-problem" class="problem" role="alert">
          {t(`survey.link.problem.${problem}`)}
        </p>
      )}
      {props.alreadySent && props.link && (
        <p class="problem" role="status">
          {t('survey.link.alreadySent', { campaign: props.link.campaign })}
        </p>
      )}
      <BackNext onBack={props.onBack} />
    </form>
  );
}
