import type { MessageKey } from '../../lib/i18n/translate';
import { useI18n } from '../i18n';
import { Section } from '../Section';

/** The way into practice mode from the popup and the settings page. */
export function OpenPractice(props: { body: MessageKey; onOpen(): void }) {
  const { t } = useI18n();
  return (
    <Section id="practice" heading={t('practice.heading')}>
      <p>{t(props.body)}</p>
      <p>
        <button type="button" onClick={props.onOpen}>
          {t('practice.open')}
        </button>
      </p>
    </Section>
  );
}
