import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nProvider } from '../../components/i18n';
import { SurveyPage } from '../../components/survey/SurveyPage';
import { type Language, LanguageSchema, languageFromLocales } from '../../lib/i18n/language';
import { translate } from '../../lib/i18n/translate';
import { parseCampaignLink } from '../../lib/survey/campaign-link';
import { EMPTY_DEVICE, emptyDraft, SurveyDeviceSchema, SurveyDraftSchema } from '../../lib/survey/draft';
import { cryptoRandom } from '../../lib/survey/random';
import type { SurveyShell } from '../../lib/survey/shell';
import { useLoadedLanguage } from '../../lib/ui/use-loaded-language';
import { useSurvey } from '../../lib/ui/use-survey';
import { localItem } from './local-item';
import { WEB_OUTBOX_KEY, webOutbox } from './outbox';

const LANGUAGE_KEY = 'dhc-language';

/** The survey as a web page at `<collector>/join/<code>`: localStorage instead of extension storage. */
function webShell(storage: Storage): SurveyShell | null {
  const parsed = parseCampaignLink(`${location.origin}${location.pathname}`);
  if (!parsed.ok) return null;
  const draft = localItem(
    {
      key: 'dhc-survey-draft',
      schema: SurveyDraftSchema,
      version: 1,
      migrations: [],
      fallback: emptyDraft(),
    },
    storage,
  );
  const device = localItem(
    {
      key: 'dhc-survey-device',
      schema: SurveyDeviceSchema,
      version: 1,
      migrations: [],
      fallback: EMPTY_DEVICE,
    },
    storage,
  );
  const outbox = webOutbox({
    storage,
    fetch: (...args) => fetch(...args),
    now: Date.now,
    random: cryptoRandom,
  });
  addEventListener('storage', (event) => event.key === WEB_OUTBOX_KEY && outbox.changedElsewhere());
  addEventListener('online', () => void outbox.deliver());
  // Follow-ups that fell due since the last visit go now.
  void outbox.deliver();
  return {
    fixedLink: parsed.link,
    browserAsksToShare: false,
    loadDraft: async () => draft.get(),
    saveDraft: async (value) => draft.set(value),
    loadDevice: async () => device.get(),
    saveDevice: async (value) => device.set(value),
    send: async (collector, records) => ({ ok: true, keys: outbox.add(collector, records) }),
    watchOutbox(callback) {
      callback(outbox.get());
      return outbox.watch(callback);
    },
  };
}

/** The link's `?lang=`, then the participant's earlier choice, then the browser's languages. */
function startLanguage(storage: Storage): Language {
  const asked = LanguageSchema.safeParse(
    new URLSearchParams(location.search).get('lang') ?? storage.getItem(LANGUAGE_KEY),
  );
  return asked.success ? asked.data : languageFromLocales(navigator.languages);
}

export function WebSurvey() {
  const shell = useMemo(() => webShell(localStorage), []);
  const [wanted, setLanguage] = useState(() => startLanguage(localStorage));
  // The page loads only the strings of the language it shows.
  const language = useLoadedLanguage(wanted);
  useEffect(() => {
    if (language) document.title = translate(language, 'survey.title');
  }, [language]);
  if (!language) return null;
  return (
    <I18nProvider language={language}>
      {shell ? (
        <Survey
          shell={shell}
          onLanguageChange={(next) => {
            localStorage.setItem(LANGUAGE_KEY, next);
            setLanguage(next);
          }}
        />
      ) : (
        <main class="page survey">
          <p class="problem">{translate(language, 'survey.web.notSecure')}</p>
        </main>
      )}
    </I18nProvider>
  );
}

function Survey(props: { shell: SurveyShell; onLanguageChange(language: Language): void }) {
  const survey = useSurvey(props.shell);
  if (!survey) return null;
  return <SurveyPage {...survey} onLanguageChange={props.onLanguageChange} />;
}
