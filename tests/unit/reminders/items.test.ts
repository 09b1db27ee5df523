import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupKey, type StoredItem } from '../../../lib/storage/item';
import {
  type Accounts,
  accounts,
  type BackupLog,
  backupLog,
  type Checklist,
  checklist,
  type ReminderLog,
  type ReminderSettings,
  reminderLog,
  reminderSettings,
} from '../../../lib/storage/items';

const T = Date.parse('2026-03-02T10:00+07:00');

const settings: ReminderSettings = {
  backups: {
    phone: { ticked: true, cadence: 'daily' },
    'google-data': { ticked: false, cadence: 'monthly' },
  },
  quietHours: { start: 22 * 60, end: 6 * 60 + 30 },
  pausedUntil: T,
};
const log: ReminderLog = {
  lastShownAt: T,
  marks: {
    'two-factor': { google: { at: T, snoozed: true } },
    'two-factor-review': {},
    backup: { phone: { at: T, snoozed: false } },
  },
};
const backups: BackupLog = { phone: { at: T }, 'telegram-chats': { at: T - 1 } };
const accountList: Accounts = {
  used: ['facebook', 'messenger', 'x'],
  security: {
    facebook: {
      twoFactor: { status: 'on', source: 'detected', at: T },
      recoveryCodesSaved: true,
      reviewedAt: T,
    },
    x: { twoFactor: { status: 'unknown', source: 'user', at: T }, recoveryCodesSaved: false },
  },
};
const done: Checklist = {
  passwords: { status: 'done', at: T },
  'incident-contact': { status: 'not-applicable', at: T },
};

// biome-ignore lint/suspicious/noExplicitAny: a table of items of different value types
const cases: [StoredItem<any>, unknown, Record<string, unknown>[]][] = [
  [
    reminderSettings,
    settings,
    [
      { ...settings, backups: { tablet: { ticked: true, cadence: 'daily' } } },
      { ...settings, backups: { phone: { ticked: true, cadence: 'hourly' } } },
      { ...settings, quietHours: { start: 24 * 60, end: 0 } },
      { ...settings, quietHours: { start: 1290.5, end: 7 * 60 } },
      { ...settings, pausedUntil: -1 },
    ],
  ],
  [
    reminderLog,
    log,
    [
      { ...log, marks: { ...log.marks, backup: { phone: { at: T } } } },
      { ...log, marks: { 'two-factor': {}, backup: {} } },
      { ...log, marks: { ...log.marks, 'two-factor': { myspace: { at: T, snoozed: false } } } },
    ],
  ],
  [backupLog, backups, [{ phone: T }, { floppy: { at: T } }]],
  [
    accounts,
    accountList,
    [
      { ...accountList, used: ['friendster'] },
      {
        ...accountList,
        security: { x: { twoFactor: { status: 'maybe', source: 'user', at: T }, recoveryCodesSaved: false } },
      },
      {
        ...accountList,
        security: { x: { twoFactor: { status: 'on', source: 'rumour', at: T }, recoveryCodesSaved: false } },
      },
      { ...accountList, security: { x: {} } },
    ],
  ],
  [
    checklist,
    done,
    [{ passwords: { status: 'later', at: T } }, { 'tin-foil-hat': { status: 'done', at: T } }],
  ],
];

describe.each(cases.map(([item, valid, corrupt]) => [item.spec.key, item, valid, corrupt] as const))(
  'the stored item %s',
  (key, item, valid, corrupt) => {
    it('is at version 1, without migrations', () => {
      expect(item.spec.version).toBe(1);
      expect(item.spec.migrations).toEqual([]);
    });

    it('keeps a valid value', async () => {
      await item.set(valid);
      expect(await item.get()).toEqual(valid);
    });

    it.each(corrupt.map((value, index) => [index, value] as const))(
      'falls back on corrupt value %i and keeps a copy of it',
      async (_index, value) => {
        const raw = { version: 1, value };
        await fakeBrowser.storage.local.set({ [key]: raw });
        expect(await item.get()).toEqual(item.spec.fallback);
        const kept = await fakeBrowser.storage.local.get(backupKey(key));
        expect(kept[backupKey(key)]).toEqual([
          { raw, reason: expect.stringMatching(/schema/), savedAt: expect.any(Number) },
        ]);
      },
    );
  },
);

describe('a new user', () => {
  it('has ticked no backup kind and no account, and has quiet hours from 21:00 to 07:00', async () => {
    expect(await reminderSettings.get()).toEqual({
      backups: {},
      quietHours: { start: 21 * 60, end: 7 * 60 },
    });
    expect(await accounts.get()).toEqual({ used: [], security: {} });
    expect(await backupLog.get()).toEqual({});
    expect(await checklist.get()).toEqual({});
    expect(await reminderLog.get()).toEqual({
      marks: { 'two-factor': {}, 'two-factor-review': {}, backup: {} },
    });
  });
});
