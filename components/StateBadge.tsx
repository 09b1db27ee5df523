import type { CheckState } from '../lib/checks/observation';
import { useI18n } from './i18n';

type BadgeKind = CheckState | 'acknowledged';

// Shapes differ as well as colours, so status never depends on colour alone.
const ICONS: Record<BadgeKind, string> = {
  risky: 'M8 1.5 15 14.5H1z M8 6v4 M8 11.5v1.2',
  safe: 'M2.5 8.5 6.5 12.5 13.5 4',
  unknown: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V11 M8 12.8v1',
  acknowledged: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z M8 7v4.5 M8 4.5v1',
};

/** `label` says the state in other words where a finding's are wrong (an account's two-factor login). */
export function StateBadge(props: { state: CheckState; acknowledged?: boolean; label?: string }) {
  const { t } = useI18n();
  const kind: BadgeKind = props.state === 'risky' && props.acknowledged ? 'acknowledged' : props.state;
  return (
    <span class={`badge badge-${kind}`}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={ICONS[kind]} />
      </svg>
      {props.label ?? t(`findings.state.${kind}`)}
    </span>
  );
}
