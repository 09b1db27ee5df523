import type { AccountSecurity, Accounts, Finding, TwoFactorFact } from '../storage/items';
import { ACCOUNTS, type AccountId, accountOwner, type TwoFactorStatus } from './checklist';

/*
 * Pure changes to the account list. Every function returns the same object when nothing changes,
 * so a caller can skip the storage write.
 */

const NO_SECURITY: AccountSecurity = { recoveryCodesSaved: false };

/** The ticked accounts that have a login of their own, in checklist order: Messenger counts as Facebook. */
export function usedAccounts(accounts: Accounts): AccountId[] {
  const owners = new Set(accounts.used.map(accountOwner));
  return ACCOUNTS.map((account) => account.id).filter((id) => owners.has(id));
}

export function securityOf(accounts: Accounts, id: AccountId): AccountSecurity {
  return accounts.security[accountOwner(id)] ?? NO_SECURITY;
}

export function twoFactorStatus(accounts: Accounts, id: AccountId): TwoFactorStatus {
  return securityOf(accounts, id).twoFactor?.status ?? 'unknown';
}

function withSecurity(accounts: Accounts, id: AccountId, security: AccountSecurity): Accounts {
  return { ...accounts, security: { ...accounts.security, [accountOwner(id)]: security } };
}

/**
 * The newest fact wins, whoever gave it: a detection overrides what the user said before it, and
 * what the user says overrides an older detection (they may have changed the setting in the app,
 * where we cannot see it). On the same millisecond the detection wins: it was read off the page.
 * Turning on starts a new six months before the "still on?" check; turning off makes the old
 * recovery codes useless, so they no longer count as saved.
 */
export function learnTwoFactor(accounts: Accounts, id: AccountId, fact: TwoFactorFact): Accounts {
  const current = securityOf(accounts, id);
  const known = current.twoFactor;
  if (known) {
    const older =
      fact.at < known.at || (fact.at === known.at && fact.source === 'user' && known.source === 'detected');
    const same = fact.at === known.at && fact.source === known.source && fact.status === known.status;
    if (older || same) return accounts;
  }
  const wasOn = known?.status === 'on';
  const next: AccountSecurity = { ...current, twoFactor: fact };
  if (fact.status === 'on' && !wasOn) next.reviewedAt = fact.at;
  if (fact.status === 'off' && wasOn) next.recoveryCodesSaved = false;
  return withSecurity(accounts, id, next);
}

/**
 * What a settings page showed. Only a finding of a check that an account names as its detector
 * counts, and `unknown` says nothing: the detector could not read the setting. The account is not
 * ticked for the user: they choose which accounts are theirs.
 */
export function applyTwoFactorFinding(accounts: Accounts, finding: Finding): Accounts {
  const account = ACCOUNTS.find((candidate) => candidate.detectedBy === finding.checkId);
  if (!account || finding.state === 'unknown') return accounts;
  return learnTwoFactor(accounts, account.id, {
    status: finding.state === 'safe' ? 'on' : 'off',
    source: 'detected',
    at: finding.seenAt,
  });
}

export function sayTwoFactor(
  accounts: Accounts,
  id: AccountId,
  status: TwoFactorStatus,
  now: number,
): Accounts {
  return learnTwoFactor(accounts, id, { status, source: 'user', at: now });
}

/** The six-monthly question, "still on? recovery codes still safe?": a yes starts the next six months. */
export function answerReview(
  accounts: Accounts,
  id: AccountId,
  answer: { stillOn: boolean; codesSafe: boolean },
  now: number,
): Accounts {
  if (!answer.stillOn) return sayTwoFactor(accounts, id, 'off', now);
  const learned = sayTwoFactor(accounts, id, 'on', now);
  return withSecurity(learned, id, {
    ...securityOf(learned, id),
    reviewedAt: now,
    recoveryCodesSaved: answer.codesSafe,
  });
}

export function setRecoveryCodesSaved(accounts: Accounts, id: AccountId, saved: boolean): Accounts {
  const current = securityOf(accounts, id);
  if (current.recoveryCodesSaved === saved) return accounts;
  return withSecurity(accounts, id, { ...current, recoveryCodesSaved: saved });
}

export function setUsed(accounts: Accounts, id: AccountId, used: boolean): Accounts {
  if (accounts.used.includes(id) === used) return accounts;
  return {
    ...accounts,
    used: used ? [...accounts.used, id] : accounts.used.filter((other) => other !== id),
  };
}
