import type { ShownFinding } from '../lib/findings/summary';
import { FindingItem } from './FindingItem';
import { useI18n } from './i18n';
import { EmptyState, Section } from './Section';

export function FindingList(props: {
  list: ShownFinding[];
  onAcknowledge(checkId: string, acknowledged: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <Section id="findings" heading={t('findings.heading')}>
      {props.list.length === 0 ? (
        <EmptyState>{t('findings.empty')}</EmptyState>
      ) : (
        <ul class="findings">
          {props.list.map((entry) => (
            <FindingItem key={entry.check.id} entry={entry} onAcknowledge={props.onAcknowledge} />
          ))}
        </ul>
      )}
    </Section>
  );
}
