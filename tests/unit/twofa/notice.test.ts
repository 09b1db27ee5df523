import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import { DAY, HOUR, MINUTE } from '../../../lib/reminders/schedule';
import type { Accounts, ReminderSettings, TwoFactorSites } from '../../../lib/storage/items';
import {
  domainOfNotice,
  markDone,
  NOTICE_AGAIN_MS,
  type NoticeRules,
  noticeId,
  noticeText,
  recordNotice,
  setEnabled,
  settleNotices,
  shouldNotice,
  sitesAlreadyOn,
} from '../../../lib/twofa/notice';
import { indexSites, type TwoFactorSite } from '../../../lib/twofa/sites';

/** Cambodia, UTC+7, all year. */
const cambodia = () => 7 * 60;
/** 2 March 2026, 10:00 in Phnom Penh. */
const MORNING = Date.UTC(2026, 2, 2, 3);
const settings: ReminderSettings = { backups: {}, quietHours: { start: 21 * 60, end: 7 * 60 } };
const rules = (now = MORNING, extra: Partial<NoticeRules> = {}): NoticeRules => ({
  settings,
  reminderShownAt: undefined,
  now,
  zone: cambodia,
  ...extra,
});
const on: TwoFactorSites = { enabled: true, sites: {} };
const none = new Set<string>();

const index = indexSites({
  version: 1,
  methods: ['sms', 'call', 'email', 'u2f', 'totp', 'custom-software', 'custom-hardware'],
  sites: [
    ['Facebook', 'facebook.com', 1 | 16, 'https://www.facebook.com/help/148233965247823'],
    ['Example Bank', 'examplebank.com.kh', 1 | 32, 'https://examplebank.com.kh/2fa'],
  ],
});
const bank = index.get('examplebank.com.kh') as TwoFactorSite;

describe('whether to tell about a site', () => {
  it('tells about a listed site once the feature is on, and not before', () => {
    expect(shouldNotice(on, bank, none, rules())).toBe(true);
    expect(shouldNotice({ ...on, enabled: false }, bank, none, rules())).toBe(false);
  });

  it('never again once the user said it is on; a month later if they did not answer', () => {
    expect(
      shouldNotice(markDone(on, 'examplebank.com.kh', MORNING), bank, none, rules(MORNING + 90 * DAY)),
    ).toBe(false);
    // The first notice was days ago: the daily cap is no longer in the way, the site's month is.
    const told = { ...recordNotice(on, bank, MORNING), lastNoticeAt: undefined };
    expect(shouldNotice(told, bank, none, rules(MORNING + 3 * DAY))).toBe(false);
    expect(shouldNotice(told, bank, none, rules(MORNING + NOTICE_AGAIN_MS))).toBe(true);
  });

  it('keeps the reminders’ quiet hours and pause', () => {
    const evening = MORNING + 11 * HOUR + 30 * MINUTE; // 21:30 local
    expect(shouldNotice(on, bank, none, rules(evening))).toBe(false);
    expect(shouldNotice(on, bank, none, rules(MORNING - 3 * HOUR - MINUTE))).toBe(false); // 06:59
    expect(shouldNotice(on, bank, none, rules(MORNING - 3 * HOUR))).toBe(true); // 07:00
    const paused = { ...settings, pausedUntil: MORNING + DAY };
    expect(shouldNotice(on, bank, none, rules(MORNING, { settings: paused }))).toBe(false);
  });

  it('shows one notice a local day, and none on a day a reminder was shown', () => {
    const other = { ...bank, domains: ['other.example'] };
    const told = recordNotice(on, other, MORNING);
    expect(shouldNotice(told, bank, none, rules(MORNING + 10 * HOUR))).toBe(false); // 20:00, same day
    expect(shouldNotice(told, bank, none, rules(MORNING + 14 * HOUR))).toBe(false); // 00:00, quiet
    expect(shouldNotice(told, bank, none, rules(MORNING + 21 * HOUR))).toBe(true); // 07:00 next day
    const reminderToday = rules(MORNING + HOUR, { reminderShownAt: MORNING - 2 * HOUR });
    expect(shouldNotice(on, bank, none, reminderToday)).toBe(false);
  });

  it('takes times recorded in the future (the clock went back) as now, once settled', () => {
    const ahead = recordNotice(on, bank, MORNING + 40 * DAY);
    expect(shouldNotice(ahead, bank, none, rules(MORNING + DAY))).toBe(false);
    const settled = settleNotices(ahead, MORNING);
    expect(settled).toEqual(recordNotice(on, bank, MORNING));
    expect(settleNotices(settled, MORNING)).toBe(settled);
    expect(shouldNotice(settled, bank, none, rules(MORNING + NOTICE_AGAIN_MS))).toBe(true);
  });

  it('leaves out a site whose two-factor login the account list knows is on', () => {
    const accounts: Accounts = {
      used: ['facebook'],
      security: {
        facebook: { recoveryCodesSaved: true, twoFactor: { status: 'on', source: 'detected', at: 1 } },
      },
    };
    const facebook = index.get('facebook.com') as TwoFactorSite;
    const known = sitesAlreadyOn(index, accounts);
    expect([...known]).toEqual(['facebook.com']);
    expect(shouldNotice(on, facebook, known, rules())).toBe(false);
    expect(shouldNotice(on, bank, known, rules())).toBe(true);
    expect([...sitesAlreadyOn(index, { used: [], security: {} })]).toEqual([]);
  });
});

describe('what the feature remembers', () => {
  it('remembers a site told about under its main domain, and forgets every site when turned off', () => {
    const told = recordNotice(on, bank, MORNING);
    expect(told).toEqual({
      enabled: true,
      sites: { 'examplebank.com.kh': { status: 'noticed', at: MORNING } },
      lastNoticeAt: MORNING,
    });
    expect(setEnabled(told, false)).toEqual({ enabled: false, sites: {} });
    expect(setEnabled(told, true)).toBe(told);
    expect(setEnabled({ enabled: false, sites: {} }, true)).toEqual(on);
  });
});

describe('the notice', () => {
  it('names the site and the ways it offers, in Khmer or English', () => {
    expect(noticeText(bank, translator('en'))).toEqual({
      title: 'Example Bank offers two-step login',
      message:
        "If you have an account there, turn it on, so a stolen password alone cannot open it. Ways offered: text message (SMS), the site's own app.",
    });
    const km = noticeText(bank, translator('km'));
    expect(km.title).toBe('Example Bank ផ្ដល់ការចូលគណនីពីរជំហាន');
    expect(km.message).toContain('សារ (SMS), កម្មវិធីផ្ទាល់របស់គេហទំព័រនោះ');
  });

  it('carries the site in its id, and reads no other feature’s ids', () => {
    expect(domainOfNotice(noticeId(bank))).toBe('examplebank.com.kh');
    expect(domainOfNotice('reminders:backup:phone')).toBeUndefined();
    expect(domainOfNotice('two-factor-site:a.example:extra')).toBeUndefined();
  });
});
