import { describe, expect, it } from 'vitest';
import { CODED_QUESTIONS, decodeRecord, encodeRecord } from '../../../lib/survey/coded';
import { computeIndicators, type IndicatorTable } from '../../../lib/survey/indicators';
import { isShown, QUESTIONS } from '../../../lib/survey/questionnaire';
import { buildRecords, type DeviceAnswers, giveAnswer, type MainRecord } from '../../../lib/survey/record';
import { seededBytes, seededRandom } from './seeded';

/** Realistic records: random answers given through the survey's own path, with its skip rules. */
function respondents(count: number, seed: number) {
  const random = seededRandom(seed);
  const randomBytes = seededBytes(seed);
  return Array.from({ length: count }, () => {
    let answers = { adult: 'yes' } as DeviceAnswers;
    for (const question of QUESTIONS) {
      if (question.id === 'adult' || !isShown(question.id, answers) || random() < 0.15) continue;
      const codes = question.choices.map((choice) => choice.code);
      const exclusive = question.choices.filter((choice) => choice.exclusive).map((choice) => choice.code);
      let answer: string | string[] = codes[Math.floor(random() * codes.length)] as string;
      if (question.kind === 'multi') {
        const some = codes.filter((code) => !exclusive.includes(code) && random() < 0.35);
        answer = some.length > 0 && !exclusive.includes(answer) ? some : [answer];
      }
      answers = giveAnswer(answers, question.id, answer as never, random);
    }
    const built = buildRecords({ campaign: 'coded', answers, randomBytes });
    if (!built.ok) throw new Error(built.message);
    return built;
  });
}

describe('coded records', () => {
  const people = respondents(400, 7);
  const main = people.map((person) => person.main);
  const followup = people.flatMap((person) => (person.followup ? [person.followup] : []));

  it('give back the profile and answers they were made from', () => {
    for (const record of main) {
      const decoded = decodeRecord('main', encodeRecord('main', record));
      expect(decoded).toEqual({
        profile: record.profile,
        answers: Object.fromEntries(
          Object.entries(record.answers).map(([id, answer]) => [
            id,
            typeof answer === 'string'
              ? answer
              : QUESTIONS.find((q) => q.id === id)
                  ?.choices.map((choice) => choice.code)
                  .filter((code) => (answer as string[]).includes(code)),
          ]),
        ),
      });
    }
    for (const record of followup) {
      expect(decodeRecord('followup', encodeRecord('followup', record)).answers).toEqual(record.answers);
    }
  });

  it('take two bytes per question of their part, so a truncated record is refused', () => {
    expect(encodeRecord('main', main[0] as MainRecord)).toHaveLength(CODED_QUESTIONS.main.length * 2);
    expect(() => decodeRecord('main', new Uint8Array(4))).toThrow(/bytes, not 4/);
    expect(() => encodeRecord('followup', { answers: { help_sought_from: ['nobody', 'x'] } })).toThrow(
      /"x" is not one of its codes/,
    );
  });

  it('give the same indicator table as the records themselves', () => {
    const fromRecords = computeIndicators({ campaign: 'coded', main, followup });
    const fromBytes = computeIndicators({
      campaign: 'coded',
      main: main.map((record) => encodeRecord('main', record)),
      followup: followup.map((record) => encodeRecord('followup', record)),
    });
    expect(fromBytes).toEqual(fromRecords);
  });
});

describe('a table within published parts', () => {
  const cellOf = (table: IndicatorTable, group: 'all' | 'dngo', code: 'yes' | 'no') =>
    table.indicators.internet_access?.groups[group]?.values[code];
  const record = (org: 'dngo' | 'cbo' | 'none', access: 'yes' | 'no', index: number): MainRecord => ({
    campaign: 'part',
    questionnaire: 'dhc-2026.1',
    part: 'main',
    key: index.toString(16).padStart(32, '0'),
    rr: 'krr-e2',
    profile: { org_type: org, age_band: 'undisclosed', gender: 'undisclosed' },
    answers: { internet_access: access },
  });
  // Part a: 8 DNGO staff, 7 with internet (hidden: too few without). Part b: 30 DNGO staff, 20 with,
  // and 5 people of no organisation, so that b's own table can show DNGO.
  let index = 0;
  const a = [
    ...Array.from({ length: 7 }, () => record('dngo', 'yes', index++)),
    record('dngo', 'no', index++),
    ...Array.from({ length: 30 }, () => record('cbo', 'yes', index++)),
  ];
  const b = [
    ...Array.from({ length: 20 }, () => record('dngo', 'yes', index++)),
    ...Array.from({ length: 10 }, () => record('dngo', 'no', index++)),
    ...Array.from({ length: 5 }, () => record('none', 'yes', index++)),
  ];
  const tableA = computeIndicators({ campaign: 'a', main: a });
  const tableB = computeIndicators({ campaign: 'b', main: b });

  it('keeps hidden a count that the pooled table minus the other part would reveal', () => {
    expect(cellOf(tableA, 'dngo', 'yes')).toMatchObject({ suppressed: true });
    expect(cellOf(tableB, 'dngo', 'yes')).toEqual({ percent: 66.7, count: 20 });
    const naive = computeIndicators({ campaign: 'a+b', main: [...a, ...b] });
    expect(cellOf(naive, 'dngo', 'yes')).toEqual({ percent: 71.1, count: 27 });

    const pooled = computeIndicators({ campaign: 'a+b', main: [...a, ...b], within: [tableA, tableB] });
    expect(cellOf(pooled, 'dngo', 'yes')).toMatchObject({ suppressed: true, reason: 'differencing' });
    expect(cellOf(pooled, 'dngo', 'no')).toMatchObject({ suppressed: true });
    expect(cellOf(pooled, 'all', 'yes')).toEqual({ percent: 84.9, count: 62 });
  });
});
