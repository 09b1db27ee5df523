import { useState } from 'preact/hooks';
import type { CheckDefinition } from '../../lib/checks/definition';
import { type MadeCampaignLink, makeCampaignLink } from '../../lib/survey/campaign-link';
import { Section } from '../Section';
import { Handout } from './Handout';
import { QrCode } from './QrCode';
import { usePracticeText } from './use-practice-text';

export type Printable = 'qr' | 'handout';

/** A campaign link and its QR code, to show or print, and the checklist handout. */
export function TrainerTools(props: { checks: readonly CheckDefinition[]; onPrint(what: Printable): void }) {
  const t = usePracticeText();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<MadeCampaignLink>();
  const error = result && !result.ok ? result.error : undefined;
  const link = result?.ok ? result.link : undefined;
  const errorFor = (field: 'address' | 'code') =>
    error && (field === 'code' ? error === 'code' : error !== 'code') ? `link-${field}-error` : undefined;
  return (
    <Section id="trainer-tools" heading={t('practice.nav.tools')}>
      <section class="practice-card" aria-labelledby="link-heading">
        <h3 id="link-heading">{t('practice.link.heading')}</h3>
        <p>{t('practice.link.body')}</p>
        <form
          class="practice-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setResult(makeCampaignLink(address, code));
          }}
        >
          <label for="link-address">{t('practice.link.address')}</label>
          <input
            id="link-address"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={address}
            aria-describedby={errorFor('address') ?? 'link-address-hint'}
            aria-invalid={errorFor('address') ? true : undefined}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <p id="link-address-hint" class="hint">
            {t('practice.link.addressHint')}
          </p>
          {error && error !== 'code' && (
            <p id="link-address-error" class="error">
              {t(`practice.link.error.${error}`)}
            </p>
          )}
          <label for="link-code">{t('practice.link.code')}</label>
          <input
            id="link-code"
            type="text"
            autoCapitalize="none"
            spellcheck={false}
            value={code}
            aria-describedby={errorFor('code') ?? 'link-code-hint'}
            aria-invalid={errorFor('code') ? true : undefined}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
          <p id="link-code-hint" class="hint">
            {t('practice.link.codeHint')}
          </p>
          {error === 'code' && (
            <p id="link-code-error" class="error">
              {t('practice.link.error.code')}
            </p>
          )}
          <p>
            <button type="submit" class="primary">
              {t('practice.link.make')}
            </button>
          </p>
        </form>
        {link && (
          <div class="campaign-link" data-printable="qr">
            <h4>{t('practice.link.result')}</h4>
            <p class="campaign-url">
              <output>{link}</output>
            </p>
            <QrCode text={link} label={t('practice.link.qr', { link })} />
            <p class="no-print">
              <button type="button" onClick={() => props.onPrint('qr')}>
                {t('practice.link.print')}
              </button>
            </p>
          </div>
        )}
      </section>
      <section class="practice-card" aria-labelledby="handout-heading">
        <h3 id="handout-heading">{t('practice.handout.heading')}</h3>
        <p>{t('practice.handout.body')}</p>
        <p>
          <button type="button" onClick={() => props.onPrint('handout')}>
            {t('practice.handout.print')}
          </button>
        </p>
        <Handout checks={props.checks} />
      </section>
    </Section>
  );
}
