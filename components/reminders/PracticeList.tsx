import { PRACTICE_ANSWERS, practiceAnswer, type ReminderChange } from '../../lib/reminders/changes';
import { PRACTICES } from '../../lib/reminders/checklist';
import type { Checklist } from '../../lib/storage/items';
import { useI18n } from '../i18n';
import { Section } from '../Section';

/** The practices no page can detect: each with why, how, and the user's own answer. */
export function PracticeList(props: { checklist: Checklist; onChange(change: ReminderChange): void }) {
  const { t } = useI18n();
  return (
    <Section id="checklist" heading={t('reminders.practices.heading')} anchor>
      <p>{t('reminders.practices.intro')}</p>
      <ul class="cards">
        {PRACTICES.map((practice) => {
          const answer = practiceAnswer(props.checklist, practice.id);
          return (
            <li key={practice.id} id={`practice-${practice.id}`} class="card" data-practice={practice.id}>
              <h3>{t(practice.title)}</h3>
              {practice.audience === 'organisation-staff' && (
                <p class="hint">{t('reminders.practices.forStaff')}</p>
              )}
              <p>{t(practice.why)}</p>
              <details>
                <summary>{t('reminders.practices.how')}</summary>
                <p>{t(practice.how)}</p>
              </details>
              <fieldset class="answers" data-answer={answer}>
                <legend class="visually-hidden">{t(practice.title)}</legend>
                {PRACTICE_ANSWERS.map((option) => (
                  <label key={option}>
                    <input
                      type="radio"
                      name={`practice-${practice.id}`}
                      value={option}
                      checked={answer === option}
                      onChange={() =>
                        props.onChange({ kind: 'practice', practice: practice.id, answer: option })
                      }
                    />{' '}
                    {t(`reminders.practices.answer.${option}`)}
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
