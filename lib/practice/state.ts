import type { CheckId, Observation } from '../checks/observation';
import { initialValues, type PracticeScreen, type PracticeValues } from './screens';
import { moveStep, type PracticeProgress, type PracticeTask, type WalkthroughStep } from './walkthrough';

/**
 * Everything practice remembers, in memory only: what each screen shows, what the detectors last
 * read there, the tasks done, where the walkthrough is, and the prompts dismissed. None of it is
 * the user's own data, and none of it is stored.
 */
export interface PracticeState {
  values: PracticeValues;
  observations: Readonly<Partial<Record<CheckId, Observation>>>;
  tasks: PracticeProgress['tasks'];
  step: number;
  dismissed: readonly CheckId[];
  /** Counts resets, so screens that already showed their risky values are read again. */
  generation: number;
}

export type PracticeAction =
  | { type: 'set'; checkId: CheckId; field: string; value: string }
  | { type: 'read'; observations: readonly Observation[] }
  | { type: 'task'; task: PracticeTask }
  | { type: 'go'; step: number }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'dismiss'; checkId: CheckId }
  | { type: 'reset' };

export function initialPractice(
  screens: Readonly<Record<CheckId, PracticeScreen>>,
  generation = 0,
): PracticeState {
  return { values: initialValues(screens), observations: {}, tasks: {}, step: 0, dismissed: [], generation };
}

/** The detectors' latest reading per check, as the walkthrough counts it. */
export function progressOf(state: PracticeState): PracticeProgress {
  const states = Object.fromEntries(
    Object.entries(state.observations).flatMap(([id, observation]) =>
      observation ? [[id, observation.state]] : [],
    ),
  );
  return { states, tasks: state.tasks };
}

export function practiceReducer(
  screens: Readonly<Record<CheckId, PracticeScreen>>,
  steps: readonly WalkthroughStep[],
): (state: PracticeState, action: PracticeAction) => PracticeState {
  return (state, action) => {
    switch (action.type) {
      case 'set': {
        const screen = state.values[action.checkId];
        if (!screen) return state;
        return {
          ...state,
          values: { ...state.values, [action.checkId]: { ...screen, [action.field]: action.value } },
        };
      }
      case 'read': {
        const changed = action.observations.filter((observation) => {
          const before = state.observations[observation.checkId];
          return (
            before?.state !== observation.state || before.evidence?.value !== observation.evidence?.value
          );
        });
        if (changed.length === 0) return state;
        const observations = { ...state.observations };
        for (const observation of changed) observations[observation.checkId] = observation;
        return { ...state, observations };
      }
      case 'task':
        return { ...state, tasks: { ...state.tasks, [action.task]: true } };
      case 'go':
        return { ...state, step: Math.min(Math.max(action.step, 0), steps.length) };
      case 'move':
        return { ...state, step: moveStep(state.step, action.by, steps) };
      case 'dismiss':
        return state.dismissed.includes(action.checkId)
          ? state
          : { ...state, dismissed: [...state.dismissed, action.checkId] };
      case 'reset':
        return initialPractice(screens, state.generation + 1);
    }
  };
}
