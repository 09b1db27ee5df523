import { PRACTICES } from '../../lib/reminders/checklist';
import type { Step } from '../../lib/reminders/next-steps';
import { ACCOUNT_NAME, BACKUP_TITLE } from '../../lib/reminders/notification';
import { useI18n } from '../i18n';
import { Section } from '../Section';

/** Where on the reminders page a step is done. */
export function stepAnchor(step: Step): string {
  switch (step.kind) {
    case 'choose':
      return '#accounts';
    case 'two-factor':
    case 'review':
      return `#account-${step.account}`;
    case 'backup':
      return `#backup-${step.backup}`;
    case 'practice':
      return `#practice-${step.practice}`;
  }
}

export function StepText(props: { step: Step }) {
  const { t } = useI18n();
  const { step } = props;
  switch (step.kind) {
    case 'choose':
      return <>{t('reminders.next.choose')}</>;
    case 'two-factor':
      return <>{t('reminders.next.twoFactor', { account: ACCOUNT_NAME[step.account] })}</>;
    case 'review':
      return <>{t('reminders.next.review', { account: ACCOUNT_NAME[step.account] })}</>;
    case 'backup':
      return <>{t('reminders.next.backup', { backup: t(BACKUP_TITLE[step.backup]) })}</>;
    case 'practice': {
      const practice = PRACTICES.find((entry) => entry.id === step.practice);
      return <>{practice && t('reminders.next.practice', { practice: t(practice.title) })}</>;
    }
  }
}

const SHOWN = 3;

/** The top of the reminders page: the few things to do first, each a link to where it is done. */
export function NextSteps(props: { steps: readonly Step[] }) {
  const { t } = useI18n();
  const { steps } = props;
  return (
    <Section id="next" heading={t('reminders.next.heading')} anchor>
      {steps.length === 0 ? (
        <p>{t('reminders.next.none')}</p>
      ) : (
        <ol class="next-steps">
          {steps.slice(0, SHOWN).map((step) => (
            <li key={stepAnchor(step)} data-step={step.kind}>
              <a href={stepAnchor(step)}>
                <StepText step={step} />
              </a>
            </li>
          ))}
        </ol>
      )}
      {steps.length > SHOWN && (
        <p class="hint">{t('reminders.next.more', { count: steps.length - SHOWN })}</p>
      )}
    </Section>
  );
}
