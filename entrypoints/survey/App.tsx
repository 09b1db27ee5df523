import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import { SurveyPage } from '../../components/survey/SurveyPage';
import { translate } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messages/client';
import { REPLY_DATA } from '../../lib/messages/protocol';
import { originNamesInstall, requestCollectorAccess } from '../../lib/outbox/hide-origin';
import { outbox, surveyDevice, surveyDraft } from '../../lib/storage/survey-items';
import type { SurveyShell } from '../../lib/survey/shell';
import { useLanguage } from '../../lib/ui/use-language';
import { useSurvey } from '../../lib/ui/use-survey';

/** The extension's survey tab: extension storage for the draft, the background's outbox for sending. */
export const extensionShell: SurveyShell = {
  fixedLink: null,
  browserAsksToShare: originNamesInstall(),
  loadDraft: () => surveyDraft.get(),
  saveDraft: (draft) => surveyDraft.set(draft),
  loadDevice: () => surveyDevice.get(),
  saveDevice: (device) => surveyDevice.set(device),
  async send(collector, records) {
    // Asked first thing on the click, while the browser still counts it as the participant's doing.
    if (!(await requestCollectorAccess(collector))) return { ok: false, reason: 'permission' };
    const reply = await sendMessage({ type: 'survey-send', collector, records });
    const data = reply.ok ? REPLY_DATA['survey-send'].safeParse(reply.data) : undefined;
    return data?.success ? { ok: true, keys: data.data.keys } : { ok: false, reason: 'failed' };
  },
  watchOutbox(callback) {
    void outbox.get().then(callback);
    return outbox.watch(callback);
  },
};

export function SurveyApp() {
  return <ExtensionSurvey shell={extensionShell} />;
}

/** The survey over any shell: the tests give it one whose outbox they control. */
export function ExtensionSurvey(props: { shell: SurveyShell }) {
  const { language, setLanguage } = useLanguage();
  const survey = useSurvey(props.shell);
  useEffect(() => {
    if (language) document.title = translate(language, 'survey.title');
  }, [language]);
  if (!language || !survey) return null;
  return (
    <I18nProvider language={language}>
      <SurveyPage
        {...survey}
        onLanguageChange={setLanguage}
        checklistHref={browser.runtime.getURL('/reminders.html#checklist')}
      />
    </I18nProvider>
  );
}
