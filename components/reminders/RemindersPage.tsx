import type { Language } from '../../lib/i18n/language';
import type { ReminderChange } from '../../lib/reminders/changes';
import { nextSteps } from '../../lib/reminders/next-steps';
import type { Reminder, ReminderState } from '../../lib/reminders/schedule';
import type { Checklist } from '../../lib/storage/items';
import { Header } from '../Header';
import { useI18n } from '../i18n';
import { AccountList } from './AccountList';
import { BackupList } from './BackupList';
import { NextSteps } from './NextSteps';
import { PracticeList } from './PracticeList';
import { ReminderFocus } from './ReminderFocus';
import { Rhythm } from './Rhythm';

export interface RemindersPageProps {
  state: ReminderState;
  checklist: Checklist;
  now: number;
  /** The reminder a clicked notification opened the page for. */
  focus: Reminder | undefined;
  /** The user answered that reminder here. */
  answered: boolean;
  onChange(change: ReminderChange): void;
  onAnswer(reminder: Reminder, button: 0 | 1): void;
  onLanguageChange(language: Language): void;
}

/** The whole checklist on one page, what to do next on top, so a new user is done in two minutes. */
export function RemindersPage(props: RemindersPageProps) {
  const { t } = useI18n();
  const { state, checklist, now, focus, onChange } = props;
  return (
    <div class="page reminders">
      <Header title={t('reminders.page.title')} onLanguageChange={props.onLanguageChange} />
      <main>
        <p>{t('reminders.page.intro')}</p>
        <p role="status" class="notice">
          {props.answered && t('reminders.focus.answered')}
        </p>
        {focus && <ReminderFocus reminder={focus} onAnswer={(button) => props.onAnswer(focus, button)} />}
        <NextSteps steps={nextSteps(state, checklist, now)} />
        <AccountList accounts={state.accounts} now={now} onChange={onChange} />
        <BackupList settings={state.settings} backups={state.backups} now={now} onChange={onChange} />
        <PracticeList checklist={checklist} onChange={onChange} />
        <Rhythm settings={state.settings} now={now} onChange={onChange} />
      </main>
    </div>
  );
}
