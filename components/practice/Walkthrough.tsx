import { useEffect, useRef } from 'preact/hooks';
import type { CheckDefinition } from '../../lib/checks/definition';
import type { Language } from '../../lib/i18n/language';
import type { PracticeText } from '../../lib/i18n/practice';
import { firstWord, type PracticeScreen } from '../../lib/practice/screens';
import { type PracticeState, progressOf } from '../../lib/practice/state';
import { type PracticeTask, stepDone, type WalkthroughStep } from '../../lib/practice/walkthrough';
import { useI18n } from '../i18n';
import { Section } from '../Section';
import { StateBadge } from '../StateBadge';
import { screenLabel } from './LookAlikePage';
import { PracticeBackupCard } from './PracticeBackupCard';
import { type PracticeEvents, PracticeScreens } from './PracticeScreens';
import { usePracticeText } from './use-practice-text';

export interface WalkthroughProps extends PracticeEvents {
  steps: readonly WalkthroughStep[];
  screens: Readonly<Record<string, PracticeScreen>>;
  state: PracticeState;
  checks: readonly CheckDefinition[];
  onTask(task: PracticeTask): void;
  /** Go to a step; one past the last is the summary. */
  onGo(step: number): void;
}

/** What to click, in the screen's own words: the label it shows and the value the detector counts as safe. */
function todo(screen: PracticeScreen, language: Language, t: PracticeText): string {
  const { control, words } = screen;
  const value = firstWord(words, language, 'values', control.safe);
  if (control.kind === 'audience') return t('practice.todo.audience', { value });
  const label = screenLabel(control, words, language, t);
  if (control.kind === 'statement')
    return t('practice.todo.statement', { label, button: t('practice.statement.turnOn') });
  return t(control.kind === 'switch' ? 'practice.todo.switch' : 'practice.todo.choose', { label, value });
}

/** The workshop script, one step at a time, each turning green when the detectors read it as safe. */
export function Walkthrough(props: WalkthroughProps) {
  const { language } = useI18n();
  const t = usePracticeText();
  const { steps, state } = props;
  const progress = progressOf(state);
  const doneCount = steps.filter((step) => stepDone(step, progress)).length;
  const total = steps.length;
  const current = steps[state.step];
  const top = useRef<HTMLDivElement>(null);
  const shownStep = useRef(state.step);
  // A new step takes focus to its heading, so a screen reader says where the group is now.
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    const heading = top.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [state.step]);

  if (!current) {
    return (
      <div ref={top}>
        <Section id="walkthrough-summary" heading={t('practice.walkthrough.summary')}>
          <p role="status">{t('practice.walkthrough.summaryBody', { done: doneCount, total })}</p>
          <ol class="practice-summary">
            {steps.map((step) => (
              <li key={step.id} data-step={step.id} data-done={String(stepDone(step, progress))}>
                <span>{t(step.title)}</span>{' '}
                <StateBadge state={stepDone(step, progress) ? 'safe' : 'risky'} />
              </li>
            ))}
          </ol>
          <p class="actions">
            <button type="button" onClick={() => props.onGo(total - 1)}>
              {t('practice.walkthrough.back')}
            </button>
            <button type="button" onClick={() => props.onGo(0)}>
              {t('practice.walkthrough.restart')}
            </button>
          </p>
        </Section>
      </div>
    );
  }

  const done = stepDone(current, progress);
  const screens = 'checks' in current ? current.checks.flatMap((id) => props.screens[id] ?? []) : [];
  const last = state.step === total - 1;
  return (
    <div ref={top}>
      <Section id="walkthrough" heading={t(current.title)}>
        <p class="practice-progress">
          <span>{t('practice.walkthrough.progress', { step: state.step + 1, total })}</span>
          <progress max={total} value={state.step + 1} aria-hidden="true" />
        </p>
        <div class="practice-step" data-step={current.id}>
          <h3>{t('practice.walkthrough.why')}</h3>
          <p>{t(current.why)}</p>
          <h3>{t('practice.walkthrough.todo')}</h3>
          <ul>
            {'task' in current ? (
              <li>{t('practice.todo.backup', { button: t('practice.backup.done') })}</li>
            ) : (
              screens.map((screen) => <li key={screen.checkId}>{todo(screen, language, t)}</li>)
            )}
          </ul>
          <div class="step-check" data-step-done={String(done)} role="status">
            <strong>{t('practice.walkthrough.check')}:</strong> <StateBadge state={done ? 'safe' : 'risky'} />{' '}
            {t(done ? 'practice.walkthrough.done' : 'practice.walkthrough.open')}
          </div>
          {'task' in current ? (
            <PracticeBackupCard
              done={state.tasks[current.task] === true}
              onDone={() => props.onTask(current.task)}
            />
          ) : (
            <PracticeScreens
              screens={screens}
              state={state}
              checks={props.checks}
              onChange={props.onChange}
              onRead={props.onRead}
              onDismiss={props.onDismiss}
            />
          )}
        </div>
        <p class="actions practice-nav">
          <button type="button" onClick={() => props.onGo(state.step - 1)} disabled={state.step === 0}>
            {t('practice.walkthrough.back')}
          </button>
          <button type="button" class="primary" onClick={() => props.onGo(state.step + 1)}>
            {t(last ? 'practice.walkthrough.finish' : 'practice.walkthrough.next')}
          </button>
        </p>
      </Section>
    </div>
  );
}
