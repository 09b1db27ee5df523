import { formatDateTime } from '../../lib/i18n/resolve';
import type { ReminderChange } from '../../lib/reminders/changes';
import { pauseEnd } from '../../lib/reminders/schedule';
import type { ReminderSettings } from '../../lib/storage/items';
import { useI18n } from '../i18n';
import { Section } from '../Section';

/** Minutes after midnight as an `<input type="time">` value, and back. */
export function timeValue(minutes: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

export function minutesOf(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** Quiet hours and the week's pause: when reminders may come at all. */
export function Rhythm(props: {
  settings: ReminderSettings;
  now: number;
  onChange(change: ReminderChange): void;
}) {
  const { language, t } = useI18n();
  const { settings, onChange } = props;
  const { quietHours } = settings;
  const pausedUntil = pauseEnd(settings, props.now);
  const setQuiet = (part: 'start' | 'end', value: string) => {
    const minutes = minutesOf(value);
    if (minutes !== undefined)
      onChange({ kind: 'quiet-hours', quietHours: { ...quietHours, [part]: minutes } });
  };
  return (
    <Section id="rhythm" heading={t('reminders.rhythm.heading')} anchor>
      <p>{t('reminders.rhythm.intro')}</p>
      <p class="quiet-hours">
        <label>
          {t('reminders.rhythm.quietFrom')}{' '}
          <input
            type="time"
            value={timeValue(quietHours.start)}
            onChange={(event) => setQuiet('start', event.currentTarget.value)}
          />
        </label>{' '}
        <label>
          {t('reminders.rhythm.quietUntil')}{' '}
          <input
            type="time"
            value={timeValue(quietHours.end)}
            onChange={(event) => setQuiet('end', event.currentTarget.value)}
          />
        </label>
      </p>
      {pausedUntil === undefined ? (
        <p>
          <button type="button" onClick={() => onChange({ kind: 'pause', paused: true })}>
            {t('reminders.rhythm.pause')}
          </button>
        </p>
      ) : (
        <p>
          <span data-paused-until={pausedUntil}>
            {t('reminders.rhythm.paused', { when: formatDateTime(language, pausedUntil) })}
          </span>{' '}
          <button type="button" onClick={() => onChange({ kind: 'pause', paused: false })}>
            {t('reminders.rhythm.resume')}
          </button>
        </p>
      )}
    </Section>
  );
}
