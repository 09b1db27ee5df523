import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  computeIndicators,
  describeSuppression,
  type GroupCell,
  type IndicatorTable,
  SUPPRESSION_REASONS,
} from '../../../lib/survey/indicators';
import {
  GROUP_DIMENSIONS,
  GROUP_KEYS,
  type GroupKey,
  type Profile,
  QUESTIONNAIRE,
  QUESTIONS,
} from '../../../lib/survey/questionnaire';
import type { FollowupAnswers, FollowupRecord, MainAnswers, MainRecord } from '../../../lib/survey/record';
import { seededRandom } from './seeded';

let serial = 0;
const nextKey = () => (serial++).toString(16).padStart(32, '0');
const UNDISCLOSED: Profile = { org_type: 'undisclosed', age_band: 'undisclosed', gender: 'undisclosed' };

function people(count: number, profile: Partial<Profile>, answers: MainAnswers): MainRecord[] {
  return Array.from({ length: count }, () => ({
    campaign: 'test-wave',
    questionnaire: QUESTIONNAIRE.version,
    part: 'main' as const,
    key: nextKey(),
    rr: 'krr-e2' as const,
    profile: { ...UNDISCLOSED, ...profile },
    answers,
  }));
}

function followups(count: number, answers: FollowupAnswers): FollowupRecord[] {
  return Array.from({ length: count }, () => ({
    campaign: 'test-wave',
    questionnaire: QUESTIONNAIRE.version,
    part: 'followup' as const,
    key: nextKey(),
    rr: 'krr-e2' as const,
    answers,
  }));
}

const cell = (table: IndicatorTable, id: string, group: GroupKey) =>
  table.indicators[id as keyof IndicatorTable['indicators']]?.groups[group] as GroupCell;
const isHidden = (value: CellValue | undefined): value is Extract<CellValue, { suppressed: true }> =>
  value !== undefined && 'suppressed' in value;
const reasonsOf = (group: GroupCell) =>
  Object.fromEntries(
    Object.entries(group.values).map(([code, value]) => [code, isHidden(value) ? value.reason : null]),
  );

describe("STUDY.md's worked example", () => {
  it('shows 98.8% yes when 79 of 80 have internet', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [...people(79, {}, { internet_access: 'yes' }), ...people(1, {}, { internet_access: 'no' })],
    });
    expect(table).toMatchObject({ campaign: 'test-wave', k: 5, n: 80 });
    expect(cell(table, 'internet_access', 'all')).toEqual({
      n: 80,
      status: 'ok',
      values: { yes: { percent: 98.8, count: 79 }, no: { percent: 1.3, count: 1 } },
    });
  });

  // The example's group figures cannot come from the same 80 people as the 79-of-80 figure (that leaves
  // one person without internet), so they get their own 80 respondents.
  const groups = computeIndicators({
    campaign: 'test-wave',
    main: [
      ...people(7, { org_type: 'fngo' }, { internet_access: 'yes' }),
      ...people(5, { org_type: 'fngo' }, { internet_access: 'no' }),
      ...people(7, { org_type: 'dngo' }, { internet_access: 'yes' }),
      ...people(1, { org_type: 'dngo' }, { internet_access: 'no' }),
      ...people(4, { org_type: 'cbo' }, { internet_access: 'yes' }),
      ...people(56, { org_type: 'none' }, { internet_access: 'yes' }),
    ],
  });

  it('shows 58.3% for a group of 12 in which 7 have internet', () => {
    expect(cell(groups, 'internet_access', 'fngo')).toEqual({
      n: 12,
      status: 'low',
      values: { yes: { percent: 58.3, count: 7 }, no: { percent: 41.7, count: 5 } },
    });
  });

  it('shows neither 87.5% nor 12.5% for a group of 8 in which 7 have internet, with one reason for both', () => {
    const dngo = cell(groups, 'internet_access', 'dngo');
    expect(dngo).toMatchObject({ n: 8, status: 'low' });
    expect(reasonsOf(dngo)).toEqual({ yes: 'few-either-way', no: 'few-either-way' });
    expect(JSON.stringify(dngo)).not.toMatch(/87\.5|12\.5|"count"/);
  });

  it('shows nothing for a group of 4', () => {
    const cbo = cell(groups, 'internet_access', 'cbo');
    expect(cbo).toMatchObject({ n: 4, status: 'suppressed' });
    expect(reasonsOf(cbo)).toEqual({ yes: 'group-below-k', no: 'group-below-k' });
    expect(JSON.stringify(cbo)).not.toMatch(/percent|count/);
  });
});

describe('computeIndicators', () => {
  it('counts in n only those who answered the question', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [...people(30, {}, { internet_access: 'yes' }), ...people(10, {}, {})],
    });
    expect(table.n).toBe(40);
    expect(cell(table, 'internet_access', 'all').n).toBe(30);
    expect(cell(table, 'social_networks', 'all')).toMatchObject({ n: 0, status: 'suppressed' });
  });

  it('gives a multi question the share of respondents choosing each code', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [
        ...people(20, {}, { internet_access: 'yes', internet_sources: ['home', 'workplace'] }),
        ...people(10, {}, { internet_access: 'yes', internet_sources: ['home'] }),
      ],
    });
    expect(cell(table, 'internet_sources', 'all').values).toEqual({
      home: { percent: 100, count: 30 },
      workplace: { percent: 66.7, count: 20 },
      mobile_data: { percent: 0, count: 0 },
      public_wifi: { percent: 0, count: 0 },
      other: { percent: 0, count: 0 },
    });
  });

  it('rounds percents to one decimal, exact halves up', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [...people(201, {}, { internet_access: 'yes' }), ...people(199, {}, { internet_access: 'no' })],
    });
    expect(cell(table, 'internet_access', 'all').values).toEqual({
      yes: { percent: 50.3, count: 201 },
      no: { percent: 49.8, count: 199 },
    });
  });

  it('puts each respondent in the groups of their profile', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [
        ...people(30, { org_type: 'cbo', age_band: '60_plus', gender: 'female' }, { internet_access: 'no' }),
        ...people(25, { org_type: 'fngo', age_band: '18_30', gender: 'male' }, { internet_access: 'yes' }),
      ],
    });
    const n = Object.fromEntries(GROUP_KEYS.map((group) => [group, cell(table, 'internet_access', group).n]));
    expect(n).toEqual({ all: 55, fngo: 25, dngo: 0, cbo: 30, youth: 25, elderly: 30, female: 30, male: 25 });
  });

  it('has every group for a main indicator and every code in every group', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: people(3, {}, { social_networks: ['x'] }),
    });
    for (const question of QUESTIONS.filter((q) => q.sentIn === 'main')) {
      const entry = table.indicators[question.id as keyof IndicatorTable['indicators']];
      expect(entry?.kind).toBe(question.kind);
      expect(entry?.rr).toBe(question.rr ?? null);
      expect(Object.keys(entry?.groups ?? {})).toEqual(GROUP_KEYS);
      for (const group of Object.values(entry?.groups ?? {})) {
        expect(Object.keys(group.values)).toEqual(question.choices.map((choice) => choice.code));
      }
    }
  });

  it('applies the differencing rule: a suppressed group with a remainder below k hides the next smallest group', () => {
    const main = (remainder: number) => [
      ...people(3, { org_type: 'fngo' }, { internet_access: 'yes' }),
      ...people(5, { org_type: 'dngo' }, { internet_access: 'yes' }),
      ...people(5, { org_type: 'dngo' }, { internet_access: 'no' }),
      ...people(15, { org_type: 'cbo' }, { internet_access: 'yes' }),
      ...people(15, { org_type: 'cbo' }, { internet_access: 'no' }),
      ...people(remainder, { org_type: 'none' }, { internet_access: 'yes' }),
    ];
    const hidden = computeIndicators({ campaign: 'test-wave', main: main(2) });
    expect(cell(hidden, 'internet_access', 'fngo').status).toBe('suppressed');
    expect(cell(hidden, 'internet_access', 'dngo')).toMatchObject({ n: 10, status: 'suppressed' });
    expect(reasonsOf(cell(hidden, 'internet_access', 'dngo'))).toEqual({
      yes: 'differencing',
      no: 'differencing',
    });
    expect(cell(hidden, 'internet_access', 'cbo').status).toBe('ok');
    expect(reasonsOf(cell(hidden, 'internet_access', 'cbo'))).toEqual({ yes: null, no: null });

    const shown = computeIndicators({ campaign: 'test-wave', main: main(5) });
    expect(cell(shown, 'internet_access', 'dngo')).toMatchObject({ n: 10, status: 'low' });
    expect(reasonsOf(cell(shown, 'internet_access', 'dngo'))).toEqual({ yes: null, no: null });
  });

  it('hides a value that all minus the other groups of its dimension would reveal', () => {
    // Everyone names their organisation type, so all − dngo − cbo would be exactly fngo's hidden count.
    const main = (remainder: number) => [
      ...people(11, { org_type: 'fngo' }, { internet_access: 'yes' }),
      ...people(1, { org_type: 'fngo' }, { internet_access: 'no' }),
      ...people(15, { org_type: 'dngo' }, { internet_access: 'yes' }),
      ...people(15, { org_type: 'dngo' }, { internet_access: 'no' }),
      ...people(20, { org_type: 'cbo' }, { internet_access: 'yes' }),
      ...people(18, { org_type: 'cbo' }, { internet_access: 'no' }),
      ...people(remainder, { org_type: 'undisclosed' }, { internet_access: 'yes' }),
    ];
    const table = computeIndicators({ campaign: 'test-wave', main: main(0) });
    expect(reasonsOf(cell(table, 'internet_access', 'fngo'))).toEqual({
      yes: 'few-either-way',
      no: 'few-either-way',
    });
    expect(cell(table, 'internet_access', 'dngo')).toMatchObject({ n: 30, status: 'ok' });
    expect(reasonsOf(cell(table, 'internet_access', 'dngo'))).toEqual({
      yes: 'differencing',
      no: 'differencing',
    });
    expect(reasonsOf(cell(table, 'internet_access', 'cbo'))).toEqual({ yes: null, no: null });
    expect(reasonsOf(cell(table, 'internet_access', 'all'))).toEqual({ yes: null, no: null });

    const withRemainder = computeIndicators({ campaign: 'test-wave', main: main(5) });
    expect(reasonsOf(cell(withRemainder, 'internet_access', 'dngo'))).toEqual({ yes: null, no: null });
  });

  it('hides a value that the shown values of the same single-choice group would reveal', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: [
        ...people(6, {}, { incident_documentation: 'yes' }),
        ...people(5, {}, { incident_documentation: 'no' }),
        ...people(1, {}, { incident_documentation: 'dont_know' }),
      ],
    });
    const all = cell(table, 'incident_documentation', 'all');
    expect(all).toMatchObject({ n: 12, status: 'low' });
    expect(all.values.yes).toEqual({ percent: 50, count: 6 });
    expect(reasonsOf(all)).toEqual({ yes: null, no: 'complement', dont_know: 'few-either-way' });
  });

  it.each([
    ['published_hr_politics', 42],
    ['security_problem_last_year', 42],
    ['gov_efforts_enough', 52],
    ['policies_effective', 52],
  ] as const)('shows the randomized %s only from n = %i, de-biased with its interval', (id, minN) => {
    // 30 of them in cbo: a group of 25 or more ("ok") that is still below the minimum n.
    const answers = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        people(1, { org_type: i < 30 ? 'cbo' : 'none' }, { [id]: i % 2 ? 'no' : 'yes' }),
      ).flat();
    const below = cell(computeIndicators({ campaign: 'test-wave', main: answers(minN - 1) }), id, 'all');
    expect(below.status).toBe('ok');
    for (const value of Object.values(below.values))
      expect(value).toMatchObject({ reason: 'rr-below-min-n' });
    expect(isHidden(below.values.yes) && below.values.yes.message).toContain(`at least ${minN} people`);

    const table = computeIndicators({ campaign: 'test-wave', main: answers(minN) });
    const yes = cell(table, id, 'all').values.yes as { percent: number; ci95: [number, number] };
    expect(yes).not.toHaveProperty('count');
    expect(yes.ci95[0]).toBeLessThanOrEqual(yes.percent);
    expect(yes.ci95[1]).toBeGreaterThanOrEqual(yes.percent);
    expect(yes.ci95[1] - yes.ci95[0]).toBeLessThanOrEqual(40.1);
    for (const x of [yes.percent, ...yes.ci95]) expect(Math.round(x * 10) / 10).toBe(x);
    expect(cell(table, id, 'cbo')).toMatchObject({
      n: 30,
      status: 'ok',
      values: { yes: { reason: 'rr-below-min-n' } },
    });
  });

  it('de-biases a yes/no item: half of 42 sent "yes" is an estimated 50%', () => {
    const main = [
      ...people(21, {}, { published_hr_politics: 'yes' }),
      ...people(21, {}, { published_hr_politics: 'no' }),
    ];
    const yes = cell(computeIndicators({ campaign: 'test-wave', main }), 'published_hr_politics', 'all')
      .values.yes;
    // π̂ = (0.5 − q) / (p − q) = 0.5; half-width 1.96 · √(0.25 / (42 (p − q)²)) = 19.86 points.
    expect(yes).toEqual({ percent: 50, ci95: [30.1, 69.9] });
  });

  it('gives follow-up indicators under all only, over the non-empty follow-up records', () => {
    const table = computeIndicators({
      campaign: 'test-wave',
      main: people(50, {}, { security_problem_last_year: 'no' }),
      followup: [
        ...followups(20, { security_problem_types: ['account_theft'], security_problem_frequency: 'rarely' }),
        ...followups(10, { security_problem_types: ['post_reported', 'account_theft'] }),
        ...followups(40, {}),
      ],
    });
    const types = table.indicators.security_problem_types;
    expect(Object.keys(types?.groups ?? {})).toEqual(['all']);
    expect(types?.groups.all).toMatchObject({
      n: 30,
      status: 'ok',
      values: { account_theft: { percent: 100, count: 30 }, post_reported: { percent: 33.3, count: 10 } },
    });
    expect(table.indicators.security_problem_frequency?.groups.all).toMatchObject({ n: 20, status: 'low' });
    expect(table.indicators.help_sought_from?.groups.all).toMatchObject({ n: 0, status: 'suppressed' });
    expect(table.n).toBe(50);
  });

  it('leaves follow-up indicators out when no follow-up records are given', () => {
    const table = computeIndicators({ campaign: 'test-wave', main: people(30, {}, {}) });
    expect(Object.keys(table.indicators)).not.toContain('security_problem_types');
    expect(Object.keys(table.indicators)).toContain('internet_access');
  });

  it('takes k from the campaign, never below 3', () => {
    const main = people(4, {}, { internet_access: 'yes' });
    expect(cell(computeIndicators({ campaign: 'test-wave', main }), 'internet_access', 'all').status).toBe(
      'suppressed',
    );
    expect(
      cell(computeIndicators({ campaign: 'test-wave', main, k: 3 }), 'internet_access', 'all').status,
    ).toBe('low');
    for (const k of [2, 0, -5, 3.5, Number.NaN]) {
      expect(() => computeIndicators({ campaign: 'test-wave', main, k })).toThrow(/at least 3/);
    }
  });

  it('says in plain words which rule hid a value, in English and Khmer', () => {
    expect(describeSuppression('group-below-k', { k: 5 })).toBe(
      'Fewer than 5 people in this group answered this question, so nothing is shown for it.',
    );
    expect(describeSuppression('rr-below-min-n', { k: 5, min: 52 }, 'km')).toContain('52');
    for (const text of Object.values(SUPPRESSION_REASONS)) {
      expect(text.en).not.toBe('');
      expect(text.km).toMatch(/[\u1780-\u17FF]/);
    }
  });
});

describe('suppression over many random campaigns', () => {
  // Small, lopsided campaigns make every rule fire somewhere; the checks are the privacy promises
  // themselves, so they hold however the rules interact.
  const random = seededRandom(2024);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const campaigns = Array.from({ length: 150 }, () => {
    const size = 10 + Math.floor(random() * 90);
    const skew = random();
    return Array.from({ length: size }, () => {
      const profile: Profile = {
        org_type: random() < skew ? 'cbo' : pick(['fngo', 'dngo', 'cbo', 'none', 'undisclosed'] as const),
        age_band: pick(['18_30', '31_59', '60_plus', 'undisclosed'] as const),
        gender: random() < 0.9 ? pick(['female', 'male'] as const) : pick(['other', 'undisclosed'] as const),
      };
      const answers: MainAnswers = {
        incident_documentation: random() < skew ? 'yes' : pick(['yes', 'no', 'dont_know'] as const),
        backup_frequency: pick(['daily', 'weekly', 'monthly', 'rarely', 'never', 'dont_know'] as const),
        social_networks:
          random() < 0.5 ? ['facebook'] : ['facebook', pick(['telegram', 'tiktok', 'x'] as const)],
      };
      return people(1, profile, answers)[0] as MainRecord;
    });
  });

  const ids = ['incident_documentation', 'backup_frequency', 'social_networks'] as const;
  const tables = campaigns.map((main) => computeIndicators({ campaign: 'test-wave', main }));

  it('shows a value in a group below 25 only when at least k gave it and at least k did not', () => {
    const broken: string[] = [];
    tables.forEach((table, index) => {
      for (const id of ids) {
        for (const group of GROUP_KEYS) {
          const { n, status, values } = cell(table, id, group);
          for (const [code, value] of Object.entries(values)) {
            if (isHidden(value)) continue;
            const count = 'count' in value ? value.count : -1;
            if (status === 'suppressed' || (n < 25 && (count < 5 || n - count < 5))) {
              broken.push(`campaign ${index} ${id} ${group} ${code}`);
            }
          }
        }
      }
    });
    expect(broken).toEqual([]);
  });

  it('never leaves one hidden value of a single-choice group to be worked out from n and the rest', () => {
    const broken: string[] = [];
    tables.forEach((table, index) => {
      for (const id of ['incident_documentation', 'backup_frequency'] as const) {
        for (const group of GROUP_KEYS) {
          const values = Object.values(cell(table, id, group).values);
          const hidden = values.filter(isHidden);
          if (hidden.length === 1 && values.length > 1) broken.push(`campaign ${index} ${id} ${group}`);
        }
      }
    });
    expect(broken).toEqual([]);
  });

  it('never leaves a hidden value to be worked out as all minus the other groups of a dimension', () => {
    const broken: string[] = [];
    let remaindersBelowK = 0;
    tables.forEach((table, index) => {
      for (const id of ids) {
        const all = cell(table, id, 'all');
        for (const { groups } of GROUP_DIMENSIONS) {
          const remainder = all.n - groups.reduce((sum, group) => sum + cell(table, id, group).n, 0);
          if (remainder >= 5) continue;
          remaindersBelowK++;
          for (const code of Object.keys(all.values)) {
            if (isHidden(all.values[code])) continue;
            const hiddenIn = groups.filter((group) => isHidden(cell(table, id, group).values[code]));
            if (hiddenIn.length === 1) broken.push(`campaign ${index} ${id} ${code} ${hiddenIn[0]}`);
          }
        }
      }
    });
    expect(broken).toEqual([]);
    expect(remaindersBelowK).toBeGreaterThan(50);
  });

  it('gives every hidden value a known reason and a message', () => {
    const reasons = new Set(Object.keys(SUPPRESSION_REASONS));
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const table of tables) {
      for (const [id, entry] of Object.entries(table.indicators)) {
        for (const group of Object.values(entry.groups)) {
          for (const value of Object.values(group.values)) {
            if (!isHidden(value)) continue;
            seen.add(value.reason);
            if (!reasons.has(value.reason) || value.message.length < 20) broken.push(`${id} ${value.reason}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
    // Every rule but the randomized-response one (no randomized item here) fired somewhere.
    expect([...seen].sort()).toEqual(['complement', 'differencing', 'few-either-way', 'group-below-k']);
  });
});
