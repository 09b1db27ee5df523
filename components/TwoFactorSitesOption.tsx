import type { SwitchOutcome } from '../lib/twofa/permission';
import { useI18n } from './i18n';
import { Section } from './Section';

export interface TwoFactorSitesOptionProps {
  enabled: boolean;
  /** How the last turn of the switch went: the browser may refuse the permission. */
  outcome: SwitchOutcome | undefined;
  onChange(enabled: boolean): void;
}

/**
 * The switch for "tell me when a site I visit supports two-factor login", with what it does and the
 * permission the browser will ask for, said before the user turns it on.
 */
export function TwoFactorSitesOption(props: TwoFactorSitesOptionProps) {
  const { t } = useI18n();
  return (
    <Section id="two-factor-sites" heading={t('twoFactorSites.heading')}>
      <p>{t('twoFactorSites.body')}</p>
      <p id="two-factor-sites-permission">{t('twoFactorSites.permission')}</p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={props.enabled}
            aria-describedby="two-factor-sites-permission"
            onChange={(event) => {
              const wanted = event.currentTarget.checked;
              // The stored state decides what the switch shows, whatever the browser says.
              event.currentTarget.checked = props.enabled;
              props.onChange(wanted);
            }}
          />{' '}
          {t('twoFactorSites.toggle')}
        </label>
      </p>
      <p role="status" class="notice">
        {props.outcome === 'refused' && t('twoFactorSites.refused')}
        {props.outcome === 'failed' && t('twoFactorSites.failed')}
      </p>
    </Section>
  );
}
