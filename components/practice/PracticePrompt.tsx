import { useEffect } from 'preact/hooks';
import type { CheckDefinition } from '../../lib/checks/definition';
import type { CheckId, Observation } from '../../lib/checks/observation';
import { settingRow } from '../../lib/prompts/page';
import { showPrompt } from '../../lib/prompts/render';
import { promptView } from '../../lib/prompts/view';
import { useI18n } from '../i18n';

/**
 * The in-page prompt the content script shows beside a risky setting, drawn by the same code in
 * the same place, about the first risky setting on screen. Its link to the real site is left out:
 * practice never leads to anyone's account. Dismissing or turning it off only hides it here.
 */
export function PracticePrompt(props: {
  observations: readonly Observation[];
  dismissed: readonly CheckId[];
  checks: readonly CheckDefinition[];
  onDismiss(checkId: CheckId): void;
}) {
  const { language } = useI18n();
  const risky = props.observations.find(
    (observation) => observation.state === 'risky' && !props.dismissed.includes(observation.checkId),
  );
  const evidence = risky?.evidence;
  useEffect(() => {
    if (!risky) return;
    const view = promptView(risky.checkId, language, props.checks);
    if (!view) return;
    const { link: _link, ...offline } = view;
    const { open: _open, ...labels } = view.labels;
    const row = evidence && settingRow(document, evidence);
    const handle = showPrompt(document, { ...offline, labels }, row ? { after: row } : 'corner', () =>
      props.onDismiss(risky.checkId),
    );
    return () => handle.remove();
  }, [risky?.checkId, evidence?.label, evidence?.value, language]);
  return null;
}
