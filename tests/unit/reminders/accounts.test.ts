import { describe, expect, it } from 'vitest';
import {
  answerReview,
  applyTwoFactorFinding,
  learnTwoFactor,
  sayTwoFactor,
  securityOf,
  setRecoveryCodesSaved,
  setUsed,
  twoFactorStatus,
  usedAccounts,
} from '../../../lib/reminders/accounts';
import type { Accounts, Finding } from '../../../lib/storage/items';

const NONE: Accounts = { used: [], security: {} };
const T1 = Date.parse('2026-03-02T10:00+07:00');
const T2 = T1 + 60 * 60 * 1000;
const T3 = T2 + 60 * 60 * 1000;

const seen = (state: Finding['state'], seenAt: number, checkId = 'facebook.two-factor'): Finding => ({
  checkId,
  platform: 'facebook',
  state,
  seenAt,
});

describe('the accounts a user ticked', () => {
  it('are listed in checklist order, with Messenger counted as the Facebook login it uses', () => {
    expect(usedAccounts({ used: ['x', 'messenger', 'google'], security: {} })).toEqual([
      'facebook',
      'google',
      'x',
    ]);
    expect(usedAccounts({ used: ['facebook', 'messenger'], security: {} })).toEqual(['facebook']);
  });

  it('are ticked and unticked once', () => {
    const ticked = setUsed(NONE, 'telegram', true);
    expect(ticked.used).toEqual(['telegram']);
    expect(setUsed(ticked, 'telegram', true)).toBe(ticked);
    expect(setUsed(ticked, 'telegram', false).used).toEqual([]);
  });
});

describe('two-factor status from a settings page', () => {
  it.each([
    ['safe', 'on'],
    ['risky', 'off'],
  ] as const)('reads a %s facebook.two-factor finding as %s, detected when it was seen', (state, status) => {
    const accounts = applyTwoFactorFinding(NONE, seen(state, T1));
    expect(securityOf(accounts, 'facebook').twoFactor).toEqual({ status, source: 'detected', at: T1 });
  });

  it('does not tick the account: the user says which accounts are theirs', () => {
    expect(applyTwoFactorFinding(NONE, seen('risky', T1)).used).toEqual([]);
  });

  it('leaves everything as it was when the page could not be read', () => {
    const known = applyTwoFactorFinding(NONE, seen('safe', T1));
    expect(applyTwoFactorFinding(known, seen('unknown', T2))).toBe(known);
  });

  it('ignores findings of checks that say nothing about two-factor login', () => {
    expect(applyTwoFactorFinding(NONE, seen('risky', T1, 'facebook.login-alerts'))).toBe(NONE);
  });

  it('fills in Messenger too, which logs in with the Facebook account', () => {
    const accounts = applyTwoFactorFinding(NONE, seen('safe', T1));
    expect(twoFactorStatus(accounts, 'messenger')).toBe('on');
  });
});

describe('who is right about two-factor login', () => {
  const detectedOn = applyTwoFactorFinding(NONE, seen('safe', T1));

  it('the user, when they speak after the detection', () => {
    const said = sayTwoFactor(detectedOn, 'facebook', 'off', T2);
    expect(securityOf(said, 'facebook').twoFactor).toEqual({ status: 'off', source: 'user', at: T2 });
  });

  it('a newer detection, over what the user said before it', () => {
    const said = sayTwoFactor(detectedOn, 'facebook', 'off', T2);
    const again = applyTwoFactorFinding(said, seen('safe', T3));
    expect(securityOf(again, 'facebook').twoFactor).toEqual({ status: 'on', source: 'detected', at: T3 });
  });

  it('not an old detection delivered again after the user spoke', () => {
    const said = sayTwoFactor(detectedOn, 'facebook', 'off', T2);
    expect(applyTwoFactorFinding(said, seen('safe', T1))).toBe(said);
  });

  it('the detection, on the same millisecond, whichever arrives first', () => {
    const userFirst = applyTwoFactorFinding(sayTwoFactor(NONE, 'facebook', 'off', T1), seen('safe', T1));
    const pageFirst = sayTwoFactor(applyTwoFactorFinding(NONE, seen('safe', T1)), 'facebook', 'off', T1);
    expect(securityOf(userFirst, 'facebook').twoFactor?.source).toBe('detected');
    expect(securityOf(pageFirst, 'facebook').twoFactor?.source).toBe('detected');
  });

  it('nobody new, when the same finding arrives twice', () => {
    expect(applyTwoFactorFinding(detectedOn, seen('safe', T1))).toBe(detectedOn);
  });
});

describe('the six months and the recovery codes', () => {
  it('start a new six months when two-factor login is turned on', () => {
    const off = sayTwoFactor(NONE, 'google', 'off', T1);
    expect(securityOf(off, 'google').reviewedAt).toBeUndefined();
    expect(securityOf(sayTwoFactor(off, 'google', 'on', T2), 'google').reviewedAt).toBe(T2);
  });

  it('keep their start while it stays on, whoever says so again', () => {
    const on = sayTwoFactor(NONE, 'facebook', 'on', T1);
    const seenOn = applyTwoFactorFinding(on, seen('safe', T3));
    expect(securityOf(seenOn, 'facebook').reviewedAt).toBe(T1);
  });

  it('forget saved recovery codes when two-factor login is turned off: the old codes stop working', () => {
    const saved = setRecoveryCodesSaved(sayTwoFactor(NONE, 'google', 'on', T1), 'google', true);
    expect(securityOf(saved, 'google').recoveryCodesSaved).toBe(true);
    const off = sayTwoFactor(saved, 'google', 'off', T2);
    expect(securityOf(off, 'google').recoveryCodesSaved).toBe(false);
    expect(securityOf(sayTwoFactor(off, 'google', 'on', T3), 'google').recoveryCodesSaved).toBe(false);
  });

  it('keep saved recovery codes when the user is only unsure', () => {
    const saved = setRecoveryCodesSaved(sayTwoFactor(NONE, 'google', 'on', T1), 'google', true);
    expect(securityOf(sayTwoFactor(saved, 'google', 'unknown', T2), 'google').recoveryCodesSaved).toBe(true);
  });

  it('restart when the user answers that it is still on, with the codes as they say', () => {
    const on = setRecoveryCodesSaved(sayTwoFactor(NONE, 'x', 'on', T1), 'x', true);
    const answered = answerReview(on, 'x', { stillOn: true, codesSafe: false }, T3);
    expect(securityOf(answered, 'x')).toEqual({
      twoFactor: { status: 'on', source: 'user', at: T3 },
      recoveryCodesSaved: false,
      reviewedAt: T3,
    });
  });

  it('turn into weekly reminders again when the user answers that it is off', () => {
    const on = sayTwoFactor(NONE, 'x', 'on', T1);
    expect(twoFactorStatus(answerReview(on, 'x', { stillOn: false, codesSafe: true }, T3), 'x')).toBe('off');
  });

  it('change nothing when the flag is already so', () => {
    const accounts = setRecoveryCodesSaved(NONE, 'google', true);
    expect(setRecoveryCodesSaved(accounts, 'google', true)).toBe(accounts);
    expect(setRecoveryCodesSaved(NONE, 'google', false)).toBe(NONE);
  });

  it('are kept under Facebook when told about Messenger', () => {
    const accounts = learnTwoFactor(NONE, 'messenger', { status: 'on', source: 'user', at: T1 });
    expect(Object.keys(accounts.security)).toEqual(['facebook']);
  });
});
