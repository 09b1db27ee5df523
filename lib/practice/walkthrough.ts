import type { CheckId, CheckState } from '../checks/observation';
import type { PracticeMessageKey } from '../i18n/practice';

/** Things a trainee does in practice that no detector reads: each has its own practice card. */
export const PRACTICE_TASKS = ['backup'] as const;
export type PracticeTask = (typeof PRACTICE_TASKS)[number];

interface StepText {
  id: string;
  title: PracticeMessageKey;
  /** Why it matters, with the 2024 study's figures. */
  why: PracticeMessageKey;
}

/** A step is done when the detectors read its screens as safe, or when its task is done. */
export type WalkthroughStep = StepText & ({ checks: readonly CheckId[] } | { task: PracticeTask });

const step = (
  id: string,
  rest: { checks: readonly CheckId[] } | { task: PracticeTask },
): WalkthroughStep => ({
  id,
  title: `practice.step.${id}.title` as PracticeMessageKey,
  why: `practice.step.${id}.why` as PracticeMessageKey,
  ...rest,
});

/** The workshop script, in the order trainers teach it: what strangers see first, then the account itself. */
export const WALKTHROUGH: readonly WalkthroughStep[] = [
  step('future-posts', { checks: ['facebook.future-posts'] }),
  step('lookup', { checks: ['facebook.lookup-phone', 'facebook.lookup-email'] }),
  step('search-engines', { checks: ['facebook.search-engines'] }),
  step('friends-list', { checks: ['facebook.friends-list'] }),
  step('tag-review', { checks: ['facebook.tag-review'] }),
  step('two-factor', { checks: ['facebook.two-factor'] }),
  step('login-alerts', { checks: ['facebook.login-alerts'] }),
  step('backups', { task: 'backup' }),
];

/** What practice has seen so far: the detectors' latest reading per check, and the tasks done. */
export interface PracticeProgress {
  states: Readonly<Partial<Record<CheckId, CheckState>>>;
  tasks: Readonly<Partial<Record<PracticeTask, boolean>>>;
}

export function stepDone(step: WalkthroughStep, progress: PracticeProgress): boolean {
  if ('task' in step) return progress.tasks[step.task] === true;
  return step.checks.every((id) => progress.states[id] === 'safe');
}

/** The step to show after pressing next or back, kept within the script and its summary. */
export function moveStep(current: number, by: 1 | -1, steps: readonly WalkthroughStep[]): number {
  // One past the last step is the summary.
  return Math.min(Math.max(current + by, 0), steps.length);
}
