import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { isShown, QUESTIONNAIRE, QUESTIONS, type QuestionId } from '../../../lib/survey/questionnaire';
import {
  buildRecords,
  CAMPAIGN_CODE_PATTERN,
  type DeviceAnswers,
  FollowupRecordSchema,
  giveAnswer,
  type MainAnswers,
  type MainRecord,
  MainRecordSchema,
  randomKey,
  SubmissionSchema,
} from '../../../lib/survey/record';
import { seededBytes, seededRandom } from './seeded';

const main = (changes: Record<string, unknown> = {}) => ({
  campaign: 'pp-2026-q4',
  questionnaire: QUESTIONNAIRE.version,
  part: 'main',
  key: '0123456789abcdef0123456789abcdef',
  rr: 'krr-e2',
  profile: { org_type: 'cbo', age_band: '18_30', gender: 'female' },
  answers: {
    internet_access: 'yes',
    internet_sources: ['home', 'mobile_data'],
    published_hr_politics: 'no',
    gov_efforts_enough: 'dont_know',
    org_digital_platforms: ['facebook_page'],
  },
  ...changes,
});
const followup = (changes: Record<string, unknown> = {}) => ({
  campaign: 'pp-2026-q4',
  questionnaire: QUESTIONNAIRE.version,
  part: 'followup',
  key: 'fedcba9876543210fedcba9876543210',
  rr: 'krr-e2',
  answers: { security_problem_types: ['account_theft'], security_problem_frequency: 'rarely' },
  ...changes,
});
const withAnswers = (answers: Record<string, unknown>) => main({ answers });

/** The plain-English error the collector would return, or '' when the record is valid. */
function problems(record: unknown): string {
  const parsed = SubmissionSchema.safeParse(record);
  return parsed.success ? '' : z.prettifyError(parsed.error);
}

describe('record schemas', () => {
  it('accept a valid main record, a valid follow-up and an empty follow-up', () => {
    expect(problems(main())).toBe('');
    expect(problems(withAnswers({}))).toBe('');
    expect(problems(followup())).toBe('');
    expect(problems(followup({ answers: {} }))).toBe('');
    expect(MainRecordSchema.safeParse(main()).success).toBe(true);
    expect(FollowupRecordSchema.safeParse(followup()).success).toBe(true);
  });

  it('accept the records of the organisation section for every org_type but none', () => {
    for (const org_type of ['fngo', 'dngo', 'cbo', 'undisclosed']) {
      expect(problems(main({ profile: { org_type, age_band: '60_plus', gender: 'undisclosed' } }))).toBe('');
    }
  });

  it.each([
    ['an unknown question', withAnswers({ favourite_colour: 'blue' }), /favourite_colour is not a question/],
    [
      'an unknown code',
      withAnswers({ internet_access: 'sometimes' }),
      /internet_access: "sometimes" is not one/,
    ],
    [
      'a list for a single question',
      withAnswers({ internet_access: ['yes'] }),
      /internet_access takes one code, not a list/,
    ],
    [
      'a code for a multi question',
      withAnswers({ social_networks: 'facebook' }),
      /social_networks takes a list of codes/,
    ],
    [
      'a repeated code',
      withAnswers({ social_networks: ['facebook', 'facebook'] }),
      /lists a code more than once/,
    ],
    ['an empty list', withAnswers({ social_networks: [] }), /give at least one code/],
    [
      '"none" with other codes',
      withAnswers({ personal_data_published: ['none', 'name'] }),
      /none cannot be given together/,
    ],
    [
      'a follow-up question',
      withAnswers({ help_sought_from: ['cso'] }),
      /help_sought_from is a follow-up question/,
    ],
    ['a profile field in answers', withAnswers({ gender: 'male' }), /gender belongs in profile/],
    ['the adult check', withAnswers({ adult: 'yes' }), /adult is never sent/],
    [
      'sources without internet',
      withAnswers({ internet_access: 'no', internet_sources: ['home'] }),
      /internet_sources is asked only when internet_access is yes, but internet_access is "no"/,
    ],
    [
      'sources with internet access skipped',
      withAnswers({ internet_sources: ['home'] }),
      /but internet_access was not answered/,
    ],
    [
      'an organisation answer from someone without one',
      main({
        profile: { org_type: 'none', age_band: '18_30', gender: 'male' },
        answers: { website_hosting: 'local' },
      }),
      /website_hosting is asked only when org_type is not none/,
    ],
    ['an extra field', main({ ip: '10.0.0.1' }), /a main record has no field "ip"/],
    [
      'an extra profile field',
      main({ profile: { org_type: 'cbo', age_band: '18_30', gender: 'male', province: 'x' } }),
      /not province/,
    ],
    [
      'a missing profile field',
      main({ profile: { org_type: 'cbo', age_band: '18_30' } }),
      /gender is required/,
    ],
    ['no profile', main({ profile: undefined }), /profile must be an object/],
    [
      'an unknown profile code',
      main({ profile: { org_type: 'cbo', age_band: '42', gender: 'male' } }),
      /age_band: "42"/,
    ],
    [
      'an uppercase key',
      main({ key: '0123456789ABCDEF0123456789ABCDEF' }),
      /key must be 32 lowercase hexadecimal/,
    ],
    ['a short key', main({ key: 'abc' }), /key must be 32/],
    ['a bad campaign code', main({ campaign: 'Bad Code!' }), /campaign must be a campaign code/],
    [
      'another questionnaire version',
      main({ questionnaire: 'dhc-1999.1' }),
      /questionnaire must be "dhc-2026.1"/,
    ],
    ['another randomization', main({ rr: 'krr-e8' }), /rr must be "krr-e2"/],
    ['an unknown part', main({ part: 'extra' }), /part must be "main" or "followup"/],
    [
      'a profile in a follow-up',
      followup({ profile: main().profile }),
      /a follow-up record carries no profile/,
    ],
    [
      'a main answer in a follow-up',
      followup({ answers: { internet_access: 'yes' } }),
      /internet_access is not a question/,
    ],
    ['a non-object', 'hello', /JSON object/],
    [
      'answers as a list',
      withAnswers(['yes'] as unknown as Record<string, unknown>),
      /answers must be an object/,
    ],
  ])('reject %s, saying why', (_name, record, message) => {
    expect(problems(record)).toMatch(message);
  });

  it('keep error messages short when the input is long', () => {
    const keys = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`${'x'.repeat(500)}${i}`, 'yes']));
    const message = problems(withAnswers({ ...keys, internet_access: 'y'.repeat(5000) }));
    expect(message).toMatch(/and 195 more/);
    expect(message.length).toBeLessThan(1000);
  });

  it('reject an own __proto__ key such as JSON.parse makes', () => {
    const record = JSON.parse('{"__proto__": {"x": 1}}');
    expect(problems({ ...main(), answers: record })).toMatch(/__proto__ is not a question/);
  });

  it('take campaign codes of 3 to 32 characters of a–z, 0–9 and inner hyphens', () => {
    for (const good of ['abc', 'pp-2026-q4', 'a'.repeat(32)]) expect(good).toMatch(CAMPAIGN_CODE_PATTERN);
    for (const bad of ['ab', 'a'.repeat(33), '-abc', 'abc-', 'ABC', 'a_b', 'a b']) {
      expect(bad).not.toMatch(CAMPAIGN_CODE_PATTERN);
    }
  });

  it('type answers from the questionnaire, so a wrong code does not compile', () => {
    // @ts-expect-error "sometimes" is not a code of internet_access
    const wrongCode: MainAnswers = { internet_access: 'sometimes' };
    // @ts-expect-error a follow-up question has no place in a main record's answers
    const followupInMain: MainAnswers = { help_sought_from: ['cso'] };
    const record: MainRecord['answers'] = { internet_sources: ['home'], internet_access: 'yes' };
    expect([wrongCode, followupInMain, record]).toHaveLength(3);
  });
});

describe('randomKey', () => {
  it('gives 32 lowercase hex characters from the injected source', () => {
    expect(randomKey(() => new Uint8Array(16).fill(0xab))).toBe('ab'.repeat(16));
    expect(randomKey()).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey()).not.toBe(randomKey());
  });

  it('refuses a source that gives too few bytes', () => {
    expect(() => randomKey(() => new Uint8Array(8))).toThrow(/8 bytes/);
  });
});

describe('giveAnswer', () => {
  const adult: DeviceAnswers = { adult: 'yes' };

  it('keeps only the randomized value of a randomized item, drawn again on every answer', () => {
    const flip = () => 0.99;
    const keep = () => 0;
    expect(giveAnswer(adult, 'published_hr_politics', 'yes', flip).published_hr_politics).toBe('no');
    const answers = giveAnswer(adult, 'published_hr_politics', 'yes', keep);
    expect(answers.published_hr_politics).toBe('yes');
    expect(giveAnswer(answers, 'published_hr_politics', 'yes', flip).published_hr_politics).toBe('no');
  });

  it('keeps other answers as given and clears an answer on undefined', () => {
    let answers = giveAnswer(adult, 'internet_access', 'yes');
    answers = giveAnswer(answers, 'internet_sources', ['home', 'workplace']);
    expect(answers).toEqual({
      adult: 'yes',
      internet_access: 'yes',
      internet_sources: ['home', 'workplace'],
    });
    expect(giveAnswer(answers, 'internet_sources', undefined)).toEqual({
      adult: 'yes',
      internet_access: 'yes',
    });
  });

  it('drops the follow-ups once the true answer to the security question is no longer yes', () => {
    let answers = giveAnswer(adult, 'security_problem_last_year', 'yes', () => 0);
    answers = giveAnswer(answers, 'security_problem_types', ['malware']);
    answers = giveAnswer(answers, 'help_sought_from', ['nobody']);
    // The sent value is irrelevant here: the draw says "yes" while the true answer is "no".
    const after = giveAnswer(answers, 'security_problem_last_year', 'no', () => 0.99);
    expect(after).toEqual({ adult: 'yes', security_problem_last_year: 'yes' });
    expect(giveAnswer(answers, 'security_problem_last_year', undefined)).toEqual({ adult: 'yes' });
    expect(giveAnswer(answers, 'security_problem_last_year', 'yes', () => 0)).toEqual(answers);
  });

  it('forgets everything when the adult check is not yes', () => {
    const answers = giveAnswer(giveAnswer(adult, 'gender', 'male'), 'internet_access', 'no');
    expect(giveAnswer(answers, 'adult', 'no')).toEqual({ adult: 'no' });
    expect(giveAnswer(answers, 'adult', undefined)).toEqual({});
  });
});

describe('buildRecords', () => {
  const bytes = seededBytes(7);
  const complete: DeviceAnswers = {
    adult: 'yes',
    org_type: 'dngo',
    gender: 'female',
    internet_access: 'yes',
    internet_sources: ['home'],
    security_problem_last_year: 'no',
    security_problem_types: ['account_theft', 'impersonation'],
    help_sought_from: ['cso'],
    backup_frequency: 'weekly',
  };

  it('builds a main record without follow-ups and a follow-up record with them, each valid', () => {
    const built = buildRecords({ campaign: 'pp-2026-q4', answers: complete, randomBytes: bytes });
    if (!built.ok) throw new Error(built.message);
    expect(built.main.profile).toEqual({ org_type: 'dngo', age_band: 'undisclosed', gender: 'female' });
    expect(built.main.answers).toEqual({
      internet_access: 'yes',
      internet_sources: ['home'],
      security_problem_last_year: 'no',
      backup_frequency: 'weekly',
    });
    expect(built.followup?.answers).toEqual({
      security_problem_types: ['account_theft', 'impersonation'],
      help_sought_from: ['cso'],
    });
    expect(built.followup).not.toHaveProperty('profile');
    expect(built.main.key).not.toBe(built.followup?.key);
    expect(SubmissionSchema.safeParse(built.main).success).toBe(true);
    expect(SubmissionSchema.safeParse(built.followup).success).toBe(true);
  });

  it('takes its keys from the injected source', () => {
    const a = buildRecords({ campaign: 'abc', answers: complete, randomBytes: seededBytes(1) });
    const b = buildRecords({ campaign: 'abc', answers: complete, randomBytes: seededBytes(1) });
    const c = buildRecords({ campaign: 'abc', answers: complete, randomBytes: seededBytes(2) });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.main.key).toBe(a.main.key);
      expect(c.main.key).not.toBe(a.main.key);
    }
    const stuck = buildRecords({ campaign: 'abc', answers: complete, randomBytes: () => new Uint8Array(16) });
    expect(stuck).toMatchObject({ ok: false, reason: 'invalid', message: /same key twice/ });
  });

  it('sends an empty follow-up record when the security question was answered but none of its follow-ups', () => {
    const built = buildRecords({
      campaign: 'abc',
      answers: { adult: 'yes', security_problem_last_year: 'no' },
    });
    expect(built.ok && built.followup?.answers).toEqual({});
  });

  it('sends no follow-up record when the security question was skipped, whatever else is there', () => {
    const { security_problem_last_year: _skipped, ...rest } = complete;
    const built = buildRecords({ campaign: 'abc', answers: rest });
    expect(built.ok && built.followup).toBeNull();
  });

  it('leaves out answers that a later answer skipped past', () => {
    const answers: DeviceAnswers = { ...complete, internet_access: 'no', org_type: 'none' };
    const built = buildRecords({ campaign: 'abc', answers });
    expect(built.ok && built.main.answers).toEqual({
      internet_access: 'no',
      security_problem_last_year: 'no',
    });
  });

  it('builds nothing unless the adult check was answered yes', () => {
    const { adult: _adult, ...rest } = complete;
    expect(buildRecords({ campaign: 'abc', answers: rest })).toMatchObject({
      ok: false,
      reason: 'not-adult',
    });
    expect(buildRecords({ campaign: 'abc', answers: { ...rest, adult: 'no' } })).toMatchObject({
      reason: 'not-adult',
    });
  });

  it('says why when the result would not be a valid record', () => {
    expect(buildRecords({ campaign: 'Not A Code', answers: complete })).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: /campaign must be a campaign code/,
    });
  });

  it('keeps its guarantees for any mix of answers and skips', () => {
    const random = seededRandom(99);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    for (let run = 0; run < 300; run++) {
      // What the survey page does: answer or skip each question in turn, asking the follow-ups only
      // after a true yes; answers a skip rule excludes are given anyway, to be dropped by buildRecords.
      let answers: DeviceAnswers = { adult: 'yes' };
      const truth: Record<string, string | string[]> = {};
      for (const question of QUESTIONS.slice(1)) {
        if (random() < 0.3) continue;
        if (question.sentIn === 'followup' && !isShown(question.id, truth)) continue;
        const codes = question.choices.filter((choice) => !choice.exclusive).map((choice) => choice.code);
        const answer = question.kind === 'single' ? pick(codes) : [...new Set([pick(codes), pick(codes)])];
        truth[question.id] = answer;
        answers = giveAnswer(answers, question.id as QuestionId, answer as never, random);
      }
      const built = buildRecords({ campaign: 'fuzz', answers, randomBytes: seededBytes(run) });
      if (!built.ok) throw new Error(built.message);
      const sentIn = (id: string) => QUESTIONS.find((question) => question.id === id)?.sentIn;
      for (const id of Object.keys(built.main.answers)) expect(sentIn(id)).toBe('main');
      expect(built.followup !== null).toBe(truth.security_problem_last_year !== undefined);
      for (const id of Object.keys(built.followup?.answers ?? {})) expect(sentIn(id)).toBe('followup');
      expect(SubmissionSchema.safeParse(built.main).success).toBe(true);
      if (built.followup) expect(SubmissionSchema.safeParse(built.followup).success).toBe(true);
    }
  });
});
