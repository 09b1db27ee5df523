import type { Platform } from '../lib/platforms';
import type { CheckRun } from '../lib/storage/items';
import { useI18n } from './i18n';

/** The button that reads every settings page for the user, and what the latest run says. */
export function CheckNow(props: { platform: Platform; run: CheckRun | null; onCheckNow(): void }) {
  const { t } = useI18n();
  const run = props.run?.platform === props.platform ? props.run : null;
  const running = run?.status === 'running';
  const platform = t(`platform.${props.platform}`);
  return (
    <div class="check-now">
      <button
        type="button"
        data-action={`check-now:${props.platform}`}
        disabled={running}
        aria-describedby={`check-now-hint-${props.platform}`}
        onClick={props.onCheckNow}
      >
        {t('checkNow.button')}
      </button>
      <p id={`check-now-hint-${props.platform}`} class="hint">
        {t('checkNow.hint')}
      </p>
      <p role="status" class="notice" data-run-status={run?.status}>
        {run &&
          t(`checkNow.${run.status}`, {
            done: Math.min(run.done + 1, run.total),
            total: run.total,
            read: run.done - run.unread,
            platform,
          })}
      </p>
      {/* The page the run stopped at, in a tab of its own: there the user can sign in. */}
      {run?.stoppedAt && (
        <p class="actions">
          <a
            href={run.stoppedAt}
            target="_blank"
            rel="noreferrer"
            data-action={`open-page:${props.platform}`}
          >
            {t('checkNow.openPage', { platform })}
          </a>
        </p>
      )}
    </div>
  );
}
