import { useCallback, useEffect, useReducer, useState } from 'preact/hooks';
import { I18nProvider } from '../../components/i18n';
import { PracticeMode, type PracticeView } from '../../components/practice/PracticeMode';
import type { Printable } from '../../components/practice/TrainerTools';
import { CHECKS } from '../../lib/checks/registry';
import type { Language } from '../../lib/i18n/language';
import { translate } from '../../lib/i18n/translate';
import { PRACTICE_SCREENS } from '../../lib/practice/screens';
import { presenterAction } from '../../lib/practice/shortcuts';
import { initialPractice, practiceReducer } from '../../lib/practice/state';
import { WALKTHROUGH } from '../../lib/practice/walkthrough';
import { useLanguage } from '../../lib/ui/use-language';

const reducer = practiceReducer(PRACTICE_SCREENS, WALKTHROUGH);

/**
 * Practice mode: everything lives in this tab's memory. It reads the user's language preference
 * and nothing else of theirs, and writes nothing: a language chosen here is for this tab only.
 */
export function PracticeApp() {
  const stored = useLanguage().language;
  const [chosen, setChosen] = useState<Language>();
  const language = chosen ?? stored;
  const [state, dispatch] = useReducer(reducer, PRACTICE_SCREENS, initialPractice);
  const [view, setView] = useState<PracticeView>('walkthrough');
  const [presenter, setPresenter] = useState(false);
  const [wasReset, setWasReset] = useState(false);

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    document.title = translate(language, 'practice.heading');
  }, [language]);

  const go = useCallback((step: number) => dispatch({ type: 'go', step }), []);
  const reset = useCallback(() => {
    dispatch({ type: 'reset' });
    setWasReset(true);
  }, []);

  useEffect(() => {
    if (!presenter) return;
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event, document.activeElement);
      if (!action) return;
      event.preventDefault();
      if (action === 'reset') reset();
      else dispatch({ type: 'move', by: action === 'next' ? 1 : -1 });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenter, reset]);

  if (!language) return null;
  return (
    <I18nProvider language={language}>
      <PracticeMode
        checks={CHECKS}
        screens={PRACTICE_SCREENS}
        steps={WALKTHROUGH}
        state={state}
        view={view}
        presenter={presenter}
        wasReset={wasReset}
        onView={setView}
        onPresenter={setPresenter}
        onReset={reset}
        onTask={(task) => dispatch({ type: 'task', task })}
        onGo={go}
        onChange={(checkId, field, value) => dispatch({ type: 'set', checkId, field, value })}
        onRead={(observations) => dispatch({ type: 'read', observations })}
        onDismiss={(checkId) => dispatch({ type: 'dismiss', checkId })}
        onLanguageChange={setChosen}
        onPrint={(what: Printable) => {
          document.documentElement.dataset.print = what;
          window.addEventListener('afterprint', () => delete document.documentElement.dataset.print, {
            once: true,
          });
          window.print();
        }}
      />
    </I18nProvider>
  );
}
