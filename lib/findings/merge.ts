import type { Observation } from '../checks/observation';
import type { Findings } from '../storage/items';

/**
 * Folds new observations into the stored findings. An `unknown` never overwrites a known
 * state: a page that failed to render a setting says nothing about the setting itself.
 * An acknowledgement lasts only while the setting stays as it was.
 */
export function mergeObservations(current: Findings, observations: readonly Observation[]): Findings {
  const next: Findings = { ...current };
  for (const observation of observations) {
    const previous = current[observation.checkId];
    if (observation.state === 'unknown' && previous && previous.state !== 'unknown') continue;
    const keepAck = previous?.acknowledged && previous.state === observation.state;
    next[observation.checkId] = { ...observation, ...(keepAck ? { acknowledged: true } : {}) };
  }
  return next;
}
