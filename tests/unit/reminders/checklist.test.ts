import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../lib/checks/registry';
import { EN as en, KM as km } from '../../../lib/i18n/all';
import {
  ACCOUNT_IDS,
  ACCOUNTS,
  accountOwner,
  BACKUP_KINDS,
  BACKUP_RULE_TEXT,
  BACKUPS,
  CADENCE_TEXT,
  PRACTICE_IDS,
  PRACTICES,
  RECOVERY_CODES_TEXT,
  TWO_FACTOR_SOURCE_TEXT,
  TWO_FACTOR_TEXT,
} from '../../../lib/reminders/checklist';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the checklist', () => {
  it('describes each stored id once, in the order the popup lists them', () => {
    expect(ids(BACKUPS)).toEqual([...BACKUP_KINDS]);
    expect(ids(ACCOUNTS)).toEqual([...ACCOUNT_IDS]);
    expect(ids(PRACTICES)).toEqual([...PRACTICE_IDS]);
  });

  it('links only to https pages', () => {
    const links = [
      ...BACKUPS.map((backup) => backup.link),
      ...ACCOUNTS.map((account) => account.twoFactorLink),
    ];
    for (const link of links) expect(new URL(link).protocol, link).toBe('https:');
  });

  it('names as detector only checks that are registered, each for one account', () => {
    const registered = new Set(CHECKS.map((check) => check.id));
    const detectors = ACCOUNTS.flatMap((account) => (account.detectedBy ? [account.detectedBy] : []));
    expect(detectors.length).toBeGreaterThan(0);
    for (const id of detectors) expect(registered.has(id), id).toBe(true);
    expect(new Set(detectors).size).toBe(detectors.length);
  });

  it('shares a login only with an account that has its own, and with its link', () => {
    for (const account of ACCOUNTS.filter((candidate) => candidate.sameAccountAs)) {
      const owner = ACCOUNTS.find((candidate) => candidate.id === account.sameAccountAs);
      expect(owner?.sameAccountAs, account.id).toBeUndefined();
      expect(account.twoFactorLink).toBe(owner?.twoFactorLink);
      expect(account.detectedBy).toBeUndefined();
      expect(accountOwner(account.id)).toBe(owner?.id);
    }
    expect(accountOwner('google')).toBe('google');
  });

  it('has every string in English and Khmer', () => {
    const keys = [
      BACKUP_RULE_TEXT,
      ...BACKUPS.flatMap((backup) => [backup.title, backup.how]),
      ...ACCOUNTS.map((account) => account.steps),
      ...PRACTICES.flatMap((practice) => [practice.title, practice.why, practice.how]),
      ...Object.values(CADENCE_TEXT),
      ...Object.values(TWO_FACTOR_TEXT),
      ...Object.values(TWO_FACTOR_SOURCE_TEXT),
      ...Object.values(RECOVERY_CODES_TEXT),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(en[key], key).toBeTruthy();
      expect(km[key], key).toBeTruthy();
    }
  });

  it('says why in one sentence', () => {
    const whys = [...PRACTICES.map((practice) => practice.why), RECOVERY_CODES_TEXT.why];
    for (const key of whys) expect(en[key].match(/[.!?](\s|$)/g), key).toHaveLength(1);
  });
});
