import type { CheckDefinition } from '../../lib/checks/definition';
import type { CheckId } from '../../lib/checks/observation';
import type { Language } from '../../lib/i18n/language';
import type { PracticeScreen } from '../../lib/practice/screens';
import type { PracticeState } from '../../lib/practice/state';
import type { PracticeTask, WalkthroughStep } from '../../lib/practice/walkthrough';
import { Header } from '../Header';
import { AllScreens } from './AllScreens';
import type { PracticeEvents } from './PracticeScreens';
import { type Printable, TrainerTools } from './TrainerTools';
import { usePracticeText } from './use-practice-text';
import { Walkthrough } from './Walkthrough';

export const PRACTICE_VIEWS = ['walkthrough', 'screens', 'tools'] as const;
export type PracticeView = (typeof PRACTICE_VIEWS)[number];

export interface PracticeModeProps extends PracticeEvents {
  checks: readonly CheckDefinition[];
  screens: Readonly<Record<CheckId, PracticeScreen>>;
  steps: readonly WalkthroughStep[];
  state: PracticeState;
  view: PracticeView;
  presenter: boolean;
  /** Set once practice has been reset, so the reset is announced. */
  wasReset: boolean;
  onView(view: PracticeView): void;
  onPresenter(on: boolean): void;
  onReset(): void;
  onTask(task: PracticeTask): void;
  onGo(step: number): void;
  onLanguageChange(language: Language): void;
  onPrint(what: Printable): void;
}

/** The practice tab: the walkthrough, every practice screen, and the trainer's tools. */
export function PracticeMode(props: PracticeModeProps) {
  const t = usePracticeText();
  const events: PracticeEvents = {
    onChange: props.onChange,
    onRead: props.onRead,
    onDismiss: props.onDismiss,
  };
  return (
    <div class={`page practice${props.presenter ? ' presenter' : ''}`}>
      <Header title={t('practice.heading')} onLanguageChange={props.onLanguageChange} />
      <nav class="practice-views" aria-label={t('practice.nav.label')}>
        {PRACTICE_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            aria-current={props.view === view ? 'page' : undefined}
            onClick={() => props.onView(view)}
          >
            {t(`practice.nav.${view}`)}
          </button>
        ))}
      </nav>
      <main>
        <p class="practice-notice">{t('practice.notice')}</p>
        <div class="practice-controls">
          <button
            type="button"
            aria-pressed={props.presenter}
            onClick={() => props.onPresenter(!props.presenter)}
          >
            {t('practice.presenter')}
          </button>
          <button type="button" onClick={props.onReset}>
            {t('practice.reset')}
          </button>
          <p role="status" class="notice">
            {props.wasReset && t('practice.reset.done')}
          </p>
        </div>
        {props.presenter && <p class="hint practice-keys">{t('practice.presenter.keys')}</p>}
        {props.view === 'walkthrough' && (
          <Walkthrough
            {...events}
            steps={props.steps}
            screens={props.screens}
            state={props.state}
            checks={props.checks}
            onTask={props.onTask}
            onGo={props.onGo}
          />
        )}
        {props.view === 'screens' && (
          <AllScreens {...events} checks={props.checks} screens={props.screens} state={props.state} />
        )}
        {props.view === 'tools' && <TrainerTools checks={props.checks} onPrint={props.onPrint} />}
      </main>
    </div>
  );
}
