import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import { answerPractice } from '../../../lib/reminders/changes';
import { nextSteps } from '../../../lib/reminders/next-steps';
import {
  parseReminderId,
  reminderButtons,
  reminderId,
  reminderText,
} from '../../../lib/reminders/notification';
import { attention, DAY, type Reminder } from '../../../lib/reminders/schedule';
import { at, fresh } from './support';

const NOW = at('2026-03-02T10:00');

describe('reminder ids', () => {
  it.each<Reminder>([
    { kind: 'backup', ids: ['phone', 'telegram-chats'] },
    { kind: 'two-factor', ids: ['facebook'] },
    { kind: 'two-factor-review', ids: ['google', 'x'] },
  ])('name a notification and come back from it: %o', (reminder) => {
    const id = reminderId(reminder);
    expect(id.startsWith('reminders:')).toBe(true);
    expect(parseReminderId(id)).toEqual(reminder);
  });

  it.each([
    'outbox:send',
    'reminders:backup:',
    'reminders:backup:facebook',
    'reminders:two-factor:phone',
    'reminders:later:phone',
    'reminders:backup:phone:extra',
    'reminders',
  ])('refuse what is not one of ours: %s', (id) => {
    expect(parseReminderId(id)).toBeUndefined();
  });
});

describe('the two actions of a reminder', () => {
  it('for backups: record them all, or come back tomorrow', () => {
    const reminder: Reminder = { kind: 'backup', ids: ['phone', 'google-data'] };
    expect(reminderButtons(reminder)).toEqual([
      {
        label: 'reminders.action.backedUp',
        action: { kind: 'change', change: { kind: 'backed-up', backups: ['phone', 'google-data'] } },
      },
      {
        label: 'reminders.action.tomorrow',
        action: { kind: 'change', change: { kind: 'snooze', reminder } },
      },
    ]);
  });

  it("for two-factor login: the account's own setting, or the list when there are several", () => {
    const [one] = reminderButtons({ kind: 'two-factor', ids: ['linkedin'] });
    expect(one.action).toEqual({
      kind: 'open',
      url: 'https://www.linkedin.com/psettings/two-step-verification',
    });
    const [several, later] = reminderButtons({ kind: 'two-factor', ids: ['linkedin', 'x'] });
    expect(several.action).toEqual({ kind: 'open', url: undefined });
    expect(later).toEqual({ label: 'reminders.action.nextWeek', action: { kind: 'later' } });
  });

  it('for the six-monthly check: still on and codes safe, or tomorrow', () => {
    const [yes] = reminderButtons({ kind: 'two-factor-review', ids: ['google'] });
    expect(yes.action).toEqual({
      kind: 'change',
      change: { kind: 'review', accounts: ['google'], stillOn: true, codesSafe: true },
    });
  });
});

describe('the words of a notification', () => {
  it('name what is due, in either language', () => {
    const reminder: Reminder = { kind: 'backup', ids: ['phone', 'work-documents'] };
    expect(reminderText(reminder, translator('en')).message).toContain(
      'Due now: Phone photos and contacts, Work documents.',
    );
    const khmer = reminderText(reminder, translator('km'));
    expect(khmer.title).toBe('ដល់ពេលបម្រុងទុកហើយ');
    expect(khmer.message).toContain('រូបថត និងលេខទំនាក់ទំនងក្នុងទូរសព្ទ, ឯកសារការងារ');
    expect(reminderText({ kind: 'two-factor', ids: ['facebook', 'x'] }, translator('en')).message).toContain(
      'Facebook, X (Twitter)',
    );
  });
});

describe('next steps', () => {
  it('ask a new user to tick first, then list the practices', () => {
    const steps = nextSteps(fresh(), {}, NOW);
    expect(steps[0]).toEqual({ kind: 'choose' });
    expect(steps.slice(1).map((step) => step.kind)).toEqual(Array(5).fill('practice'));
  });

  it('put two-factor login first, then due backups, then the six-monthly check, then practices', () => {
    const state = fresh({
      settings: { ...fresh().settings, backups: { phone: { ticked: true, cadence: 'daily' } } },
      accounts: {
        used: ['google', 'messenger'],
        security: {
          google: {
            twoFactor: { status: 'on', source: 'user', at: NOW - 200 * DAY },
            recoveryCodesSaved: true,
            reviewedAt: NOW - 200 * DAY,
          },
        },
      },
    });
    const checklist = {
      passwords: { status: 'done', at: NOW },
      updates: { status: 'not-applicable', at: NOW },
    } as const;
    expect(nextSteps(state, checklist, NOW)).toEqual([
      // Messenger logs in with Facebook, whose two-factor login is not known.
      { kind: 'two-factor', account: 'facebook', status: 'unknown' },
      { kind: 'backup', backup: 'phone' },
      { kind: 'review', account: 'google' },
      { kind: 'practice', practice: 'screen-lock' },
      { kind: 'practice', practice: 'encrypted-messenger' },
      { kind: 'practice', practice: 'incident-contact' },
    ]);
    expect(attention(state, checklist, NOW).total).toBe(6);
  });
});

describe('checklist answers', () => {
  it('store done and does-not-apply with their time; "not yet" removes the answer', () => {
    const done = answerPractice({}, 'screen-lock', 'done', NOW);
    expect(done).toEqual({ 'screen-lock': { status: 'done', at: NOW } });
    expect(answerPractice(done, 'screen-lock', 'not-yet', NOW + 1)).toEqual({});
  });
});
