import { z } from 'zod/mini';
import {
  type Answer,
  type FollowupQuestionId,
  findQuestion,
  isShown,
  type MainQuestionId,
  PROFILE_FIELDS,
  PROFILE_UNDISCLOSED,
  type Profile,
  QUESTIONNAIRE,
  QUESTIONS,
  type QuestionDef,
  type QuestionId,
  questionsSentIn,
  ruleHolds,
  type SentIn,
  showRules,
} from './questionnaire';
import { cryptoBytes, cryptoRandom, type RandomBytes, type RandomSource } from './random';
import { RR_SCHEME, randomize, rrMechanism } from './rr';

/**
 * What the survey sends and the collector stores, derived from the questionnaire data: a main record
 * (profile and main answers) and an unlinkable follow-up record (STUDY.md "Privacy rules").
 */

/** 3–32 characters of a–z, 0–9 and "-", starting and ending with a letter or digit (e.g. `pp-2026-q4`). */
export const CAMPAIGN_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$/;
/** 128 random bits as 32 lowercase hexadecimal characters. */
export const RECORD_KEY_PATTERN = /^[0-9a-f]{32}$/;
const KEY_BYTES = 16;

const CAMPAIGN_MESSAGE =
  'campaign must be a campaign code: 3–32 characters of a–z, 0–9 and "-", starting and ending with a letter or digit';
const KEY_MESSAGE = 'key must be 32 lowercase hexadecimal characters';

export const CampaignCodeSchema = z
  .string(CAMPAIGN_MESSAGE)
  .check(z.regex(CAMPAIGN_CODE_PATTERN, CAMPAIGN_MESSAGE));
const KeySchema = z.string(KEY_MESSAGE).check(z.regex(RECORD_KEY_PATTERN, KEY_MESSAGE));

// Error messages quote untrusted input: keep each quote short, and each list of them too.
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    return clip(JSON.stringify(value) ?? typeof value);
  } catch {
    return typeof value;
  }
}

function listed(keys: readonly string[], describe: (key: string) => string): string {
  const shown = keys.slice(0, 5).map(describe);
  return keys.length > 5 ? `${shown.join('; ')}; and ${keys.length - 5} more` : shown.join('; ');
}
const answered = (value: unknown) => (value === undefined ? 'was not answered' : `is ${show(value)}`);

function answerSchema(question: QuestionDef, required: boolean) {
  const codes = question.choices.map((choice) => choice.code);
  const code = z.enum(codes as [string, ...string[]], {
    error: (issue) =>
      issue.input === undefined && required
        ? `${question.id} is required`
        : Array.isArray(issue.input)
          ? `${question.id} takes one code, not a list`
          : `${question.id}: ${show(issue.input)} is not one of its codes (${codes.join(', ')})`,
  });
  if (question.kind === 'single') return code;
  const exclusive = question.choices.filter((choice) => choice.exclusive).map((choice) => choice.code);
  return z
    .array(code, { error: (issue) => `${question.id} takes a list of codes, not ${show(issue.input)}` })
    .check(
      z.minLength(1, `${question.id}: give at least one code, or leave the question out when it was skipped`),
      z.refine((given) => new Set(given).size === given.length, `${question.id} lists a code more than once`),
      z.refine(
        (given) => given.length === 1 || !given.some((c) => exclusive.includes(c)),
        `${question.id}: ${exclusive.join(', ')} cannot be given together with other codes`,
      ),
    );
}

function placeOf(id: string): string {
  const sentIn = findQuestion(id)?.sentIn;
  if (sentIn === 'followup') return `${id} is a follow-up question: it goes only in the follow-up record`;
  if (sentIn === 'profile') return `${id} belongs in profile, not in answers`;
  if (sentIn === 'never') return `${id} is never sent`;
  return `${clip(id)} is not a question of questionnaire ${QUESTIONNAIRE.version}`;
}

function answersSchema(sentIn: SentIn) {
  const shape = Object.fromEntries(
    questionsSentIn(sentIn).map((question) => [question.id, z.optional(answerSchema(question, false))]),
  );
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? listed(issue.keys, placeOf)
        : `answers must be an object of question id → code or codes, not ${show(issue.input)}`,
  });
}

const ProfileSchema = z.strictObject(
  Object.fromEntries(
    questionsSentIn('profile').map((question) => [question.id, answerSchema(question, true)]),
  ),
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `profile has only ${PROFILE_FIELDS.join(', ')}; not ${listed(issue.keys, clip)}`
        : `profile must be an object with ${PROFILE_FIELDS.join(', ')}`,
  },
);

function envelope<P extends 'main' | 'followup'>(part: P) {
  return {
    campaign: CampaignCodeSchema,
    questionnaire: z.literal(QUESTIONNAIRE.version, `questionnaire must be "${QUESTIONNAIRE.version}"`),
    part: z.literal(part),
    key: KeySchema,
    rr: z.literal(RR_SCHEME.id, `rr must be "${RR_SCHEME.id}"`),
  };
}

function recordError(part: 'main' | 'followup') {
  return (issue: { code?: string; keys?: string[] }) => {
    if (issue.code !== 'unrecognized_keys') return 'a record must be a JSON object';
    return listed(issue.keys ?? [], (key) =>
      key === 'profile' && part === 'followup'
        ? 'a follow-up record carries no profile'
        : `a ${part} record has no field "${clip(key)}"`,
    );
  };
}

type Loose = Record<string, string | string[] | undefined>;

/** Skip rules that the record itself can decide: those on a profile field or on another main answer. */
const mainSkipRules = z.superRefine((record: { profile: Loose; answers: Loose }, ctx) => {
  const given: Loose = { ...record.answers, ...record.profile };
  for (const question of questionsSentIn('main')) {
    if (record.answers[question.id] === undefined) continue;
    for (const rule of showRules(question.id)) {
      if ('trueAnswer' in rule || ruleHolds(rule, given[rule.question])) continue;
      const expected =
        'anyOf' in rule ? `is ${rule.anyOf.join(' or ')}` : `is not ${rule.noneOf.join(' or ')}`;
      ctx.addIssue({
        code: 'custom',
        path: ['answers', question.id],
        input: record.answers[question.id],
        message: `${question.id} is asked only when ${rule.question} ${expected}, but ${rule.question} ${answered(given[rule.question])}`,
      });
    }
  }
});

const mainSchema = z
  .strictObject(
    { ...envelope('main'), profile: ProfileSchema, answers: answersSchema('main') },
    {
      error: recordError('main'),
    },
  )
  .check(mainSkipRules);
const followupSchema = z.strictObject(
  { ...envelope('followup'), answers: answersSchema('followup') },
  { error: recordError('followup') },
);
const submissionSchema = z.discriminatedUnion('part', [mainSchema, followupSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' ? 'part must be "main" or "followup"' : 'a record must be a JSON object',
});

export type MainAnswers = { [I in MainQuestionId]?: Answer<I> };
export type FollowupAnswers = { [I in FollowupQuestionId]?: Answer<I> };
interface Envelope {
  campaign: string;
  questionnaire: (typeof QUESTIONNAIRE)['version'];
  key: string;
  rr: (typeof RR_SCHEME)['id'];
}
type MainShape = Envelope & { part: 'main'; profile: Profile; answers: MainAnswers };
type FollowupShape = Envelope & { part: 'followup'; answers: FollowupAnswers };

// The schemas are built from the data at run time; these casts give them the types derived from the same data.
export const MainRecordSchema = mainSchema as unknown as z.ZodMiniType<MainShape>;
export const FollowupRecordSchema = followupSchema as unknown as z.ZodMiniType<FollowupShape>;
/** What POST /api/v1/submissions accepts. */
export const SubmissionSchema = submissionSchema as unknown as z.ZodMiniType<MainShape | FollowupShape>;
export type MainRecord = z.infer<typeof MainRecordSchema>;
export type FollowupRecord = z.infer<typeof FollowupRecordSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;

/** A fresh record key: 128 bits from `randomBytes`. */
export function randomKey(randomBytes: RandomBytes = cryptoBytes): string {
  const bytes = randomBytes(KEY_BYTES);
  if (bytes.length !== KEY_BYTES)
    throw new RangeError(`random source gave ${bytes.length} bytes, not ${KEY_BYTES}`);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The questions shown on a true answer (the security follow-ups), each with that rule. */
const ON_TRUE_ANSWER = QUESTIONS.flatMap((question) =>
  showRules(question.id).flatMap((rule) => ('trueAnswer' in rule ? [{ id: question.id, rule }] : [])),
);

/**
 * What the device keeps: an answer per question id, randomized items holding only their randomized
 * value, follow-ups only when they were asked. Update it with `giveAnswer`.
 */
export type DeviceAnswers = { [I in QuestionId]?: Answer<I> };

/**
 * The device's answers after the participant gives `answer` to question `id` (`undefined`: clears it).
 * A randomized item draws afresh on every call and keeps only the drawn value. Questions shown on the
 * true answer (the security follow-ups) are dropped when the true answer no longer shows them, and a
 * "no" to the adult check drops everything.
 */
export function giveAnswer<I extends QuestionId>(
  answers: DeviceAnswers,
  id: I,
  answer: Answer<I> | undefined,
  random: RandomSource = cryptoRandom,
): DeviceAnswers {
  const question = findQuestion(id);
  if (!question) throw new RangeError(`unknown question "${id}"`);
  if (question.gate && answer !== question.gate.continueOn) {
    return answer === undefined ? {} : ({ [id]: answer } as DeviceAnswers);
  }
  const next: Record<string, string | string[]> = { ...(answers as Record<string, string | string[]>) };
  if (answer === undefined) delete next[id];
  else if (question.rr) next[id] = randomize(answer as string, rrMechanism(question.rr), random);
  else next[id] = typeof answer === 'string' ? answer : [...answer];
  for (const dependant of ON_TRUE_ANSWER) {
    if (dependant.rule.question === id && !ruleHolds(dependant.rule, answer)) delete next[dependant.id];
  }
  return next as DeviceAnswers;
}

export type BuildResult =
  | { ok: true; main: MainRecord; followup: FollowupRecord | null }
  | { ok: false; reason: 'not-adult' | 'invalid'; message: string };

/**
 * The records to send for these device answers. The main record never holds follow-up answers and
 * sends a skipped profile field as `undisclosed`; answers that a skip rule excludes (e.g. sources of an
 * internet the participant then said they lack) are left out. Whenever the security question was
 * answered there is a follow-up record, empty when its questions were not asked or all skipped, so
 * the number of records says nothing; each record has its own key.
 */
export function buildRecords(input: {
  campaign: string;
  answers: DeviceAnswers;
  randomBytes?: RandomBytes;
}): BuildResult {
  const { campaign, answers, randomBytes = cryptoBytes } = input;
  const given = answers as Readonly<Record<string, string | string[] | undefined>>;
  if (given.adult !== 'yes') {
    return {
      ok: false,
      reason: 'not-adult',
      message: 'the questionnaire is only for people who confirmed they are 18 or older',
    };
  }
  const profile = Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, given[field] ?? PROFILE_UNDISCLOSED]),
  );
  const mainAnswers: Record<string, string | string[]> = {};
  // Questionnaire order puts every rule's question before the questions it shows, so it is decided first.
  for (const question of questionsSentIn('main')) {
    const answer = given[question.id];
    if (answer !== undefined && isShown(question.id, { ...profile, ...mainAnswers })) {
      mainAnswers[question.id] = answer;
    }
  }
  const mainKey = randomKey(randomBytes);
  const main = MainRecordSchema.safeParse({
    campaign,
    questionnaire: QUESTIONNAIRE.version,
    part: 'main',
    key: mainKey,
    rr: RR_SCHEME.id,
    profile,
    answers: mainAnswers,
  });
  if (!main.success) return { ok: false, reason: 'invalid', message: z.prettifyError(main.error) };
  if (!ON_TRUE_ANSWER.some(({ rule }) => given[rule.question] !== undefined)) {
    return { ok: true, main: main.data, followup: null };
  }

  const followupAnswers = Object.fromEntries(
    questionsSentIn('followup').flatMap((question) => {
      const answer = given[question.id];
      return answer === undefined ? [] : [[question.id, answer]];
    }),
  );
  const followupKey = randomKey(randomBytes);
  if (followupKey === mainKey)
    return { ok: false, reason: 'invalid', message: 'the random source gave the same key twice' };
  const followup = FollowupRecordSchema.safeParse({
    campaign,
    questionnaire: QUESTIONNAIRE.version,
    part: 'followup',
    key: followupKey,
    rr: RR_SCHEME.id,
    answers: followupAnswers,
  });
  if (!followup.success) return { ok: false, reason: 'invalid', message: z.prettifyError(followup.error) };
  return { ok: true, main: main.data, followup: followup.data };
}
