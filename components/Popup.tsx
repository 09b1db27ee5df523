import type { Summary } from '../lib/findings/summary';
import type { Language } from '../lib/i18n/language';
import type { Platform } from '../lib/platforms';
import type { ReminderState } from '../lib/reminders/schedule';
import type { Checklist, CheckRun } from '../lib/storage/items';
import { FindingList } from './FindingList';
import { Header } from './Header';
import { useI18n } from './i18n';
import { OpenPractice } from './practice/OpenPractice';
import { ReminderSummary } from './reminders/ReminderSummary';
import { Section } from './Section';
import { StatusSummary } from './StatusSummary';

export interface PopupProps {
  summary: Summary;
  checkRun: CheckRun | null;
  onCheckNow(platform: Platform): void;
  onLanguageChange(language: Language): void;
  onAcknowledge(checkId: string, acknowledged: boolean): void;
  onOpenOptions(): void;
  onOpenSurvey(): void;
  onOpenPractice(): void;
  reminders: { state: ReminderState; checklist: Checklist; now: number; onOpen(): void };
}

export function Popup(props: PopupProps) {
  const { t } = useI18n();
  return (
    <div class="page popup">
      <Header onLanguageChange={props.onLanguageChange} />
      <main>
        <StatusSummary summary={props.summary} />
        <FindingList
          list={props.summary.list}
          checkRun={props.checkRun}
          onAcknowledge={props.onAcknowledge}
          onCheckNow={props.onCheckNow}
        />
        <ReminderSummary {...props.reminders} />
        <Section id="survey" heading={t('survey.heading')}>
          <p>{t('survey.popup.body')}</p>
          <button type="button" onClick={props.onOpenSurvey}>
            {t('survey.popup.open')}
          </button>
        </Section>
        <OpenPractice body="practice.popup.body" onOpen={props.onOpenPractice} />
      </main>
      <footer class="footer">
        <p>{t('privacy.short')}</p>
        <button type="button" onClick={props.onOpenOptions}>
          {t('popup.openOptions')}
        </button>
      </footer>
    </div>
  );
}
