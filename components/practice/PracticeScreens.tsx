import type { CheckDefinition } from '../../lib/checks/definition';
import type { CheckId, Observation } from '../../lib/checks/observation';
import type { PracticeScreen } from '../../lib/practice/screens';
import type { PracticeState } from '../../lib/practice/state';
import { FindingItem } from '../FindingItem';
import { LookAlikePage } from './LookAlikePage';
import { PracticePrompt } from './PracticePrompt';
import { usePracticeText } from './use-practice-text';

/** What practice screens emit: a setting changed, the detectors' reading, a prompt dismissed. */
export interface PracticeEvents {
  onChange(checkId: CheckId, field: string, value: string): void;
  onRead(observations: Observation[]): void;
  onDismiss(checkId: CheckId): void;
}

/**
 * Practice screens drawn as one settings page, with what the real extension would show there:
 * its in-page prompt beside the first risky setting, and its findings, drawn by the same components.
 */
export function PracticeScreens(
  props: PracticeEvents & {
    screens: readonly PracticeScreen[];
    state: PracticeState;
    checks: readonly CheckDefinition[];
  },
) {
  const t = usePracticeText();
  const { state } = props;
  const ids = props.screens.map((screen) => screen.checkId);
  const observations = ids.flatMap((id) => state.observations[id] ?? []);
  const findingsId = `findings-${ids.join('-').replace(/\./g, '_')}`;
  return (
    <div class="practice-screens">
      <LookAlikePage
        screens={props.screens}
        values={state.values}
        checks={props.checks}
        generation={state.generation}
        onChange={props.onChange}
        onRead={props.onRead}
      />
      <PracticePrompt
        observations={observations}
        dismissed={state.dismissed}
        checks={props.checks}
        onDismiss={props.onDismiss}
      />
      {/* Named with its settings page too: the list of every screen shows one per page. */}
      <section class="practice-findings" aria-labelledby={`${findingsId} lookalike-${ids[0]}`}>
        <h3 id={findingsId}>{t('practice.findings')}</h3>
        <ul class="findings">
          {observations.map((finding) => {
            const check = props.checks.find((candidate) => candidate.id === finding.checkId);
            return check && <FindingItem key={finding.checkId} entry={{ check, finding }} />;
          })}
        </ul>
      </section>
    </div>
  );
}
