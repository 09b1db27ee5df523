import type { ShownFinding } from '../lib/findings/summary';
import { PLATFORMS, type Platform } from '../lib/platforms';
import type { CheckRun } from '../lib/storage/items';
import { CheckNow } from './CheckNow';
import { FindingItem } from './FindingItem';
import { useI18n } from './i18n';
import { EmptyState, Section } from './Section';

export function FindingList(props: {
  list: ShownFinding[];
  checkRun: CheckRun | null;
  onAcknowledge(checkId: string, acknowledged: boolean): void;
  onCheckNow(platform: Platform): void;
}) {
  const { t } = useI18n();
  return (
    <Section id="findings" heading={t('findings.heading')}>
      {PLATFORMS.map((platform) => {
        const entries = props.list.filter((entry) => entry.check.platform === platform);
        return (
          <div key={platform} class="platform" data-platform={platform}>
            <h3>{t(`platform.${platform}`)}</h3>
            <CheckNow
              platform={platform}
              run={props.checkRun}
              onCheckNow={() => props.onCheckNow(platform)}
            />
            {entries.length === 0 ? (
              <EmptyState>{t('findings.empty')}</EmptyState>
            ) : (
              <ul class="findings">
                {entries.map((entry) => (
                  <FindingItem key={entry.check.id} entry={entry} onAcknowledge={props.onAcknowledge} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </Section>
  );
}
