import type { Summary } from '../lib/findings/summary';
import type { Language } from '../lib/i18n/language';
import type { Platform } from '../lib/platforms';
import type { ReminderState } from '../lib/reminders/schedule';
import type { Checklist, CheckRun } from '../lib/storage/items';
import { FindingList } from './FindingList';
import { Header } from './Header';
import { useI18n } from './i18n';
import { ReminderSummary } from './reminders/ReminderSummary';
import { EmptyState, Section } from './Section';
import { StatusSummary } from './StatusSummary';

export interface PopupProps {
  summary: Summary;
  checkRun: CheckRun | null;
  onCheckNow(platform: Platform): void;
  onLanguageChange(language: Language): void;
  onAcknowledge(checkId: string, acknowledged: boolean): void;
  onOpenOptions(): void;
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
          <EmptyState>{t('survey.empty')}</EmptyState>
        </Section>
        <Section id="practice" heading={t('practice.heading')}>
          <EmptyState>{t('practice.empty')}</EmptyState>
        </Section>
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
