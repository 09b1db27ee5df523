import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import { type ClearStatus, Options } from '../../components/Options';
import { translate } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/messages/client';
import { findings, promptPreferences, twoFactorSites } from '../../lib/storage/items';
import { type SwitchOutcome, switchTwoFactorSites } from '../../lib/twofa/permission';
import { useLanguage } from '../../lib/ui/use-language';
import { useStoredItem } from '../../lib/ui/use-stored-item';

export function OptionsApp() {
  const { language, setLanguage } = useLanguage();
  const stored = useStoredItem(findings);
  const prompts = useStoredItem(promptPreferences);
  const [clearStatus, setClearStatus] = useState<ClearStatus>('idle');
  const sites = useStoredItem(twoFactorSites);
  const [sitesOutcome, setSitesOutcome] = useState<SwitchOutcome>();
  useEffect(() => {
    if (language) document.title = translate(language, 'options.title');
  }, [language]);
  if (!language || !stored || !prompts || !sites) return null;
  return (
    <I18nProvider language={language}>
      <Options
        findingCount={Object.keys(stored).length}
        clearStatus={clearStatus}
        onLanguageChange={setLanguage}
        onClearFindings={async () => {
          const reply = await sendMessage({ type: 'clear-findings' });
          setClearStatus(reply.ok ? 'cleared' : 'failed');
        }}
        onOpenPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
        prompts={{
          enabled: prompts.enabled,
          turnedOff: prompts.turnedOff.length,
          onEnabledChange: (enabled) => sendMessage({ type: 'set-prompts-enabled', enabled }),
          onRestore: () => sendMessage({ type: 'restore-prompts' }),
        }}
        remindersUrl={browser.runtime.getURL('/reminders.html#rhythm')}
        twoFactorSites={{
          enabled: sites.enabled,
          outcome: sitesOutcome,
          onChange: (enabled) => void switchTwoFactorSites(enabled).then(setSitesOutcome),
        }}
        twoFactorLicenceUrl={browser.runtime.getURL('/2fa-directory/LICENSE.txt')}
      />
    </I18nProvider>
  );
}
