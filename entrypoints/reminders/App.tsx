import { useEffect, useState } from 'preact/hooks';
import { I18nProvider } from '../../components/i18n';
import { RemindersPage } from '../../components/reminders/RemindersPage';
import { translate } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messages/client';
import { parseReminderId } from '../../lib/reminders/notification';
import { useLanguage } from '../../lib/ui/use-language';
import { useReminderState } from '../../lib/ui/use-reminder-state';

export function RemindersApp() {
  const { language, setLanguage } = useLanguage();
  const reminders = useReminderState();
  const [focus, setFocus] = useState(() => {
    const id = new URLSearchParams(location.search).get('reminder');
    return id === null ? undefined : parseReminderId(id);
  });
  const [answered, setAnswered] = useState(false);
  const ready = language !== undefined && reminders !== undefined;
  useEffect(() => {
    if (language) document.title = translate(language, 'reminders.page.title');
  }, [language]);
  // The page renders after storage is read, too late for the browser's own jump to `#backups`.
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [ready]);
  if (!ready) return null;
  return (
    <I18nProvider language={language}>
      <RemindersPage
        {...reminders}
        now={Date.now()}
        focus={focus}
        answered={answered}
        onChange={(change) => void sendMessage({ type: 'change-reminders', change })}
        onAnswer={async (reminder, button) => {
          const reply = await sendMessage({ type: 'answer-reminder', reminder, button });
          if (!reply.ok) return;
          setFocus(undefined);
          setAnswered(true);
          history.replaceState(null, '', location.pathname);
        }}
        onLanguageChange={setLanguage}
      />
    </I18nProvider>
  );
}
