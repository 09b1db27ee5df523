import { describe, expect, it } from 'vitest';
import { recordOutcome } from '../../../lib/outbox/decide';
import { enqueue, FOLLOWUP_DELAY_MAX_MS, SurveySendSchema } from '../../../lib/outbox/enqueue';
import { testRecords } from './records';

const NOW = Date.UTC(2026, 10, 29, 3, 0);
const COLLECTOR = 'https://survey.example.org';

describe('survey-send messages', () => {
  const [main, followup] = testRecords();
  const message = (changes: Record<string, unknown>) => ({
    type: 'survey-send',
    collector: COLLECTOR,
    records: [main, followup],
    ...changes,
  });

  it('accepts a main record alone or with its follow-up', () => {
    expect(SurveySendSchema.safeParse(message({})).success).toBe(true);
    expect(SurveySendSchema.safeParse(message({ records: [main] })).success).toBe(true);
  });

  it.each([
    ['no records', { records: [] }],
    ['a follow-up first', { records: [followup, main] }],
    ['records of two campaigns', { records: [main, { ...followup, campaign: 'other-camp' }] }],
    ['one key twice', { records: [main, { ...followup, key: main.key }] }],
    ['a malformed record', { records: [{ ...main, answers: { internet_access: 'maybe' } }] }],
    ['a collector over plain HTTP', { collector: 'http://survey.example.org' }],
    ['a collector with a path', { collector: `${COLLECTOR}/join/pp-2026-q4` }],
  ])('refuses %s', (_, changes) => {
    expect(SurveySendSchema.safeParse(message(changes)).success).toBe(false);
  });

  it('accepts plain HTTP on this computer only', () => {
    expect(SurveySendSchema.safeParse(message({ collector: 'http://127.0.0.1:8787' })).success).toBe(true);
  });
});

describe('enqueue', () => {
  const [main, followup] = testRecords();
  const records: [typeof main, typeof followup] = [main, followup];

  it('delays the follow-up by the random draw, up to 24 hours', () => {
    for (const draw of [0, 0.5, 0.999_999]) {
      const [first, second] = enqueue([], { collector: COLLECTOR, records }, NOW, () => draw);
      expect(first?.dueAt).toBe(NOW);
      expect(second?.dueAt).toBe(NOW + Math.floor(draw * FOLLOWUP_DELAY_MAX_MS));
      expect(second?.dueAt).toBeLessThan(NOW + FOLLOWUP_DELAY_MAX_MS);
    }
  });

  it('changes nothing when the same records are sent again, whatever their state', () => {
    const once = enqueue([], { collector: COLLECTOR, records }, NOW, () => 0.5);
    const sent = recordOutcome(once, main.key, { state: 'sent', receipt: 'r1' });
    expect(enqueue(sent, { collector: COLLECTOR, records }, NOW + 5000, () => 0.1)).toEqual(sent);
  });

  it.each(['permission-needed', 'sharing-off'] as const)(
    'lets a record stopped for want of a permission (%s) wait again when it is sent again',
    (problem) => {
      const once = enqueue([], { collector: COLLECTOR, records }, NOW, () => 0.5);
      const stopped = recordOutcome(once, main.key, { state: 'stopped', problem });
      const again = enqueue(stopped, { collector: COLLECTOR, records }, NOW + 5000, () => 0.1);
      expect(again[0]).toMatchObject({ state: 'waiting', dueAt: NOW + 5000, attempts: 1 });
      expect(again[0]?.problem).toBeUndefined();
      expect(again[1]).toEqual(once[1]);
    },
  );

  it('leaves a record the collector refused stopped when it is sent again', () => {
    const once = enqueue([], { collector: COLLECTOR, records }, NOW, () => 0.5);
    const stopped = recordOutcome(once, main.key, { state: 'stopped', problem: 'closed' });
    expect(enqueue(stopped, { collector: COLLECTOR, records }, NOW + 5000, () => 0.1)).toEqual(stopped);
  });

  it('adds a second participant’s records beside the first', () => {
    const first = enqueue([], { collector: COLLECTOR, records }, NOW, () => 0.5);
    const next = testRecords();
    expect(enqueue(first, { collector: COLLECTOR, records: next }, NOW, () => 0.5)).toHaveLength(4);
  });
});
