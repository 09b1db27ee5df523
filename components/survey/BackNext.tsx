import { useI18n } from '../i18n';

/** The foot of a survey screen's form: back to the screen before, and next, which submits the form. */
export function BackNext(props: { onBack(): void }) {
  const { t } = useI18n();
  return (
    <div class="actions">
      <button type="button" onClick={props.onBack}>
        {t('survey.back')}
      </button>
      <button type="submit" class="primary">
        {t('survey.next')}
      </button>
    </div>
  );
}
