import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import { Popup } from '../../components/Popup';
import { CHECKS } from '../../lib/checks/registry';
import { summarise } from '../../lib/findings/summary';
import { translate } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messages/client';
import {
  accounts,
  backupLog,
  checklist,
  checkRun,
  findings,
  reminderLog,
  reminderSettings,
} from '../../lib/storage/items';
import { useLanguage } from '../../lib/ui/use-language';
import { useReminderState } from '../../lib/ui/use-reminder-state';
import { useStoredItem } from '../../lib/ui/use-stored-item';

/** What the popup's first render shows, read before it mounts (`mountReady`). */
export const FIRST_RENDER_ITEMS = [
  findings,
  checkRun,
  reminderSettings,
  reminderLog,
  backupLog,
  accounts,
  checklist,
] as const;

export function PopupApp() {
  const { language, setLanguage } = useLanguage('popup');
  const stored = useStoredItem(findings);
  const run = useStoredItem(checkRun);
  const reminders = useReminderState();
  useEffect(() => {
    if (language) document.title = translate(language, 'app.name');
  }, [language]);
  if (!language || !stored || run === undefined || !reminders) return null;
  return (
    <I18nProvider language={language}>
      <Popup
        summary={summarise(stored, CHECKS)}
        checkRun={run}
        onCheckNow={(platform) => void sendMessage({ type: 'check-now', platform })}
        onLanguageChange={setLanguage}
        onAcknowledge={(checkId, acknowledged) =>
          void sendMessage({ type: 'acknowledge-finding', checkId, acknowledged })
        }
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onOpenSurvey={() => void browser.tabs.create({ url: browser.runtime.getURL('/survey.html') })}
        onOpenPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
        reminders={{
          ...reminders,
          now: Date.now(),
          onOpen: () => void browser.tabs.create({ url: browser.runtime.getURL('/reminders.html') }),
        }}
      />
    </I18nProvider>
  );
}
