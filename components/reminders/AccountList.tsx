import type { CheckState } from '../../lib/checks/observation';
import { securityOf, twoFactorStatus } from '../../lib/reminders/accounts';
import type { ReminderChange } from '../../lib/reminders/changes';
import {
  ACCOUNTS,
  type AccountInfo,
  RECOVERY_CODES_TEXT,
  TWO_FACTOR_SOURCE_TEXT,
  TWO_FACTOR_TEXT,
  type TwoFactorStatus,
} from '../../lib/reminders/checklist';
import { reviewDue } from '../../lib/reminders/schedule';
import type { Accounts } from '../../lib/storage/items';
import { useI18n } from '../i18n';
import { Section } from '../Section';
import { StateBadge } from '../StateBadge';

const BADGE: Record<TwoFactorStatus, CheckState> = { on: 'safe', off: 'risky', unknown: 'unknown' };

function AccountCard(props: {
  account: AccountInfo;
  accounts: Accounts;
  now: number;
  onChange(change: ReminderChange): void;
}) {
  const { t } = useI18n();
  const { account, accounts, now, onChange } = props;
  const status = twoFactorStatus(accounts, account.id);
  const security = securityOf(accounts, account.id);
  const due = reviewDue(accounts, account.id, now);
  return (
    <li id={`account-${account.id}`} class="card" data-account={account.id} data-two-factor={status}>
      <h3>{account.name}</h3>
      <p>
        <StateBadge
          state={BADGE[status]}
          label={t('reminders.accounts.status', { status: t(TWO_FACTOR_TEXT[status]) })}
        />
        {security.twoFactor && status !== 'unknown' && (
          <span class="hint"> ({t(TWO_FACTOR_SOURCE_TEXT[security.twoFactor.source])})</span>
        )}
      </p>
      {due !== undefined && due <= now && (
        <p class="review">
          {t('reminders.accounts.reviewDue')}{' '}
          <button
            type="button"
            onClick={() =>
              onChange({
                kind: 'review',
                accounts: [account.id],
                stillOn: true,
                codesSafe: security.recoveryCodesSaved,
              })
            }
          >
            {t('reminders.accounts.stillOn')}
          </button>
        </p>
      )}
      <p class="actions">
        <a href={account.twoFactorLink} target="_blank" rel="noreferrer">
          {t('reminders.accounts.open')}
        </a>
        {status !== 'on' && (
          <button
            type="button"
            onClick={() => onChange({ kind: 'two-factor', account: account.id, status: 'on' })}
          >
            {t('reminders.accounts.saidOn')}
          </button>
        )}
        {status !== 'off' && (
          <button
            type="button"
            onClick={() => onChange({ kind: 'two-factor', account: account.id, status: 'off' })}
          >
            {t('reminders.accounts.saidOff')}
          </button>
        )}
      </p>
      <details>
        <summary>{t('reminders.accounts.steps')}</summary>
        <p>{t(account.steps)}</p>
      </details>
      <p>
        <label>
          <input
            type="checkbox"
            checked={security.recoveryCodesSaved}
            onChange={(event) =>
              onChange({ kind: 'recovery-codes', account: account.id, saved: event.currentTarget.checked })
            }
          />{' '}
          {t(RECOVERY_CODES_TEXT.label)}
        </label>
        <br />
        <span class="hint">{t(RECOVERY_CODES_TEXT.why)}</span>
      </p>
    </li>
  );
}

/** Tick the accounts you use first, all in one place; each ticked one then says where it stands. */
export function AccountList(props: {
  accounts: Accounts;
  now: number;
  onChange(change: ReminderChange): void;
}) {
  const { t } = useI18n();
  const { accounts, onChange } = props;
  const used = ACCOUNTS.filter((account) => accounts.used.includes(account.id));
  return (
    <Section id="accounts" heading={t('reminders.accounts.heading')} anchor>
      <p>{t('reminders.accounts.intro')}</p>
      <fieldset class="choices">
        <legend>{t('reminders.accounts.choose')}</legend>
        {ACCOUNTS.map((account) => (
          <label key={account.id}>
            <input
              type="checkbox"
              name="account"
              value={account.id}
              checked={accounts.used.includes(account.id)}
              onChange={(event) =>
                onChange({ kind: 'account-used', account: account.id, used: event.currentTarget.checked })
              }
            />{' '}
            {account.name}
          </label>
        ))}
      </fieldset>
      {used.length > 0 && (
        <ul class="cards">
          {used.map((account) => (
            <AccountCard key={account.id} account={account} {...props} />
          ))}
        </ul>
      )}
    </Section>
  );
}
