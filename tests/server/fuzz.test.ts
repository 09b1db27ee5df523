import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeRecord } from '../../lib/survey/coded';
import { isShown, QUESTIONNAIRE, type QuestionEntry, questionsSentIn } from '../../lib/survey/questionnaire';
import { randomKey, SubmissionSchema } from '../../lib/survey/record';
import { SUBMISSION_LIMIT } from '../../server/app';
import type { Store } from '../../server/store/types';
import { testApp } from './app';
import { type TestDatabase, testDatabase } from './databases';

/**
 * Property-based fuzzing of POST /api/v1/submissions: valid records and hostile bodies against a
 * campaign without cap, rate limit off. Whatever arrives, the answer is never a 5xx, nothing invalid
 * is stored, and every valid record is stored exactly once. In-process and on SQLite for speed: the
 * store contract itself is tested on both databases elsewhere.
 */
const CAMPAIGN = 'fuzz-campaign';
const RUNS = 2000;
const ACTIONS_PER_RUN = { minLength: 5, maxLength: 6 };

type Json = Record<string, unknown>;

const answerOf = (question: QuestionEntry): fc.Arbitrary<string | readonly string[]> => {
  const codes = question.choices.map((choice) => choice.code);
  if (question.kind === 'single') return fc.constantFrom(...codes);
  const exclusive = question.choices.filter((choice) => choice.exclusive).map((choice) => choice.code);
  const others = codes.filter((code) => !exclusive.includes(code));
  return exclusive.length > 0
    ? fc.oneof(
        { arbitrary: fc.shuffledSubarray(others, { minLength: 1 }), weight: 4 },
        fc.constant([exclusive[0] as string]),
      )
    : fc.shuffledSubarray(others, { minLength: 1 });
};

const answersOf = (part: 'main' | 'followup') =>
  fc.record(
    Object.fromEntries(
      questionsSentIn(part).map((question) => [
        question.id,
        fc.option(answerOf(question), { nil: undefined }),
      ]),
    ),
  );

/** A record the survey could send; its key is given at run time so keys never collide by chance. */
const validRecord: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        campaign: fc.constantFrom(CAMPAIGN, CAMPAIGN, CAMPAIGN, 'fuzz-unknown'),
        profile: fc.record(
          Object.fromEntries(questionsSentIn('profile').map((question) => [question.id, answerOf(question)])),
        ),
        answers: answersOf('main'),
      })
      .map(({ campaign, profile, answers }) => {
        // Keep only what the skip rules allow, deciding in questionnaire order as the survey does.
        const kept: Json = {};
        for (const question of questionsSentIn('main')) {
          const answer = (answers as Json)[question.id];
          if (answer !== undefined && isShown(question.id, { ...profile, ...kept } as never))
            kept[question.id] = answer;
        }
        return {
          campaign,
          questionnaire: QUESTIONNAIRE.version,
          part: 'main',
          key: '',
          rr: 'krr-e2',
          profile,
          answers: kept,
        };
      }),
  },
  answersOf('followup').map((answers) => ({
    campaign: CAMPAIGN,
    questionnaire: QUESTIONNAIRE.version,
    part: 'followup',
    key: '',
    rr: 'krr-e2',
    answers: Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== undefined)),
  })),
);

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'ip',
  '',
];
const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ unit: 'grapheme', maxLength: 12 }));

const nested = (depth: number, array: boolean) => {
  let value: unknown = 'yes';
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value };
  return value;
};

/** Look-alikes of real codes: case, invisible and directional characters, homoglyphs, other normal forms. */
const trickedCode = fc
  .tuple(
    fc.constantFrom('yes', 'no', 'home', 'facebook', 'female', 'dngo', 'account_theft', 'dont_know'),
    fc.constantFrom(
      (code: string) => code.toUpperCase(),
      (code: string) => `${code}\u200b`,
      (code: string) => `\u202e${code}`,
      (code: string) => code.replace('e', '\u0435'),
      (code: string) => code.replace('o', '\u043e'),
      (code: string) => `${code} `,
      (code: string) => `${code}\u0000`,
      (code: string) => code.normalize('NFD').replace('e', 'e\u0301'),
      (code: string) => code.replace(/[a-z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
    ),
  )
  .map(([code, trick]) => trick(code));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: false }),
  trickedCode,
  fc.array(trickedCode, { maxLength: 3 }),
  fc.array(fc.constantFrom('yes', 'home', 'facebook'), { minLength: 50, maxLength: 3000 }),
  fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, array]) => nested(depth, array)),
  fc.constantFrom(null, true, 0, -1, 1e308, '', 'x'.repeat(5000), [], {}),
);

/**
 * Sets an own property, even one named `__proto__`, as JSON.parse would make it. The value goes in as a
 * copy, as the body will carry it: fast-check hands the same generated object to several mutations, and
 * a later mutation writing into it would otherwise make a cycle that no body could hold. (Not
 * structuredClone: it recurses, and some values nest thousands deep.)
 */
function setOwn(target: unknown, key: string, value: unknown) {
  if (target === null || typeof target !== 'object') return;
  Object.defineProperty(target, key, {
    value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)),
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation = (record: Json) => void;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('campaign', 'questionnaire', 'part', 'key', 'rr', 'profile', 'answers'),
      hostileValue,
    )
    .map(
      ([field, value]) =>
        (record: Json) =>
          setOwn(record, field, value),
    ),
  fc
    .constantFrom('campaign', 'questionnaire', 'part', 'key', 'rr', 'profile', 'answers')
    .map((field) => (record: Json) => {
      delete record[field];
    }),
  fc
    .tuple(fc.constantFrom('top', 'profile', 'answers'), hostileKey, hostileValue)
    .map(([where, key, value]) => (record: Json) => {
      setOwn(where === 'top' ? record : record[where], key, value);
    }),
  fc
    .tuple(
      fc.constantFrom(
        ...questionsSentIn('main').map((q) => q.id),
        ...questionsSentIn('followup').map((q) => q.id),
      ),
      hostileValue,
    )
    .map(
      ([id, value]) =>
        (record: Json) =>
          setOwn(record.answers as Json, id, value),
    ),
  fc
    .tuple(fc.constantFrom(...questionsSentIn('profile').map((q) => q.id)), hostileValue)
    .map(([id, value]) => (record: Json) => {
      setOwn(record.profile, id, value);
    }),
);

const encoder = new TextEncoder();
const rawText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.integer({ min: 1, max: 15_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 3000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.integer({ min: 1, max: 15_000 }).map((depth) => '['.repeat(depth)),
  fc.constantFrom(
    '',
    ' ',
    'null',
    'NaN',
    '1e999',
    '"\\ud800"',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"campaign":"fuzz-campaign"} trailing',
    '\ufeff{}',
  ),
);

type Action =
  | { type: 'valid'; record: Json; spacing: number }
  | { type: 'mutated'; record: Json; mutations: Mutation[] }
  | { type: 'replay'; of: number }
  | { type: 'same-key'; of: number; record: Json }
  | { type: 'text'; text: string }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'oversize'; record: Json; pad: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('valid' as const),
      record: validRecord,
      spacing: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('mutated' as const),
      record: validRecord,
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('replay' as const), of: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('same-key' as const), of: fc.nat(), record: validRecord }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('text' as const), text: rawText }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('bytes' as const),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        // Overlong and truncated UTF-8 inside otherwise good JSON.
        fc
          .constantFrom(
            [0xc0, 0xaf],
            [0xe0, 0x80, 0xaf],
            [0xed, 0xa0, 0x80],
            [0xf4, 0x90, 0x80, 0x80],
            [0xc3],
          )
          .map((bad) =>
            Uint8Array.from([...encoder.encode('{"campaign":"'), ...bad, ...encoder.encode('"}')]),
          ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('oversize' as const),
      record: validRecord,
      pad: fc.integer({ min: SUBMISSION_LIMIT, max: 3 * SUBMISSION_LIMIT }),
    }),
  },
);

/** A record's identity for "same body": codes in any order are the same answer. */
function identity(record: Json): string {
  const sortDeep = (value: unknown): unknown =>
    Array.isArray(value)
      ? [...value].sort()
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sortDeep((value as Json)[key])]),
          )
        : value;
  return JSON.stringify(sortDeep(record));
}

describe('fuzzing POST /api/v1/submissions', () => {
  let database: TestDatabase;
  let store: Store;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    database = await testDatabase('sqlite');
    store = await database.open();
    api = testApp(store);
    await api.collector.createCampaign({ code: CAMPAIGN });
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });

  it(`never answers 5xx, stores nothing invalid and every valid record once (at least 10,000 bodies)`, async () => {
    const consoleError = vi.spyOn(console, 'error');
    const accepted = new Map<string, { identity: string; receipt: string; record: Json }>();
    const statuses = new Map<number, number>();
    let bodies = 0;

    const send = async (body: Uint8Array): Promise<{ status: number; json: Json | null }> => {
      bodies++;
      const response = await api.app.request('/api/v1/submissions', {
        method: 'POST',
        body: Buffer.from(body),
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as Json) : null };
    };

    /** What the collector must answer, worked out from the body alone and what was accepted before. */
    const expected = (body: Uint8Array): { status: number; record?: Json } => {
      if (body.length > SUBMISSION_LIMIT) return { status: 413 };
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
      } catch {
        return { status: 400 };
      }
      if (!SubmissionSchema.safeParse(value).success) return { status: 400 };
      const record = value as Json;
      const earlier = accepted.get(record.key as string);
      if (earlier) return { status: earlier.identity === identity(record) ? 200 : 409, record };
      return { status: record.campaign === CAMPAIGN ? 201 : 404, record };
    };

    await fc.assert(
      fc.asyncProperty(fc.array(action, ACTIONS_PER_RUN), async (actions) => {
        const sent: { body: Uint8Array; record: Json | null }[] = [];
        for (const step of actions) {
          let body: Uint8Array;
          let record: Json | null = null;
          switch (step.type) {
            case 'valid':
              record = { ...step.record, key: randomKey() };
              body = encoder.encode(JSON.stringify(record, null, step.spacing));
              break;
            case 'mutated': {
              record = structuredClone({ ...step.record, key: randomKey() });
              for (const mutate of step.mutations) mutate(record);
              body = encoder.encode(JSON.stringify(record) ?? 'undefined');
              break;
            }
            case 'replay': {
              const earlier = sent[step.of % Math.max(1, sent.length)];
              if (!earlier) continue;
              body = earlier.body;
              record = earlier.record;
              break;
            }
            case 'same-key': {
              const earlier = sent.filter((s) => s.record && typeof s.record.key === 'string')[
                step.of % Math.max(1, sent.length)
              ];
              if (!earlier?.record) continue;
              record = { ...step.record, key: earlier.record.key };
              body = encoder.encode(JSON.stringify(record));
              break;
            }
            case 'text':
              body = encoder.encode(step.text);
              break;
            case 'bytes':
              body = step.bytes;
              break;
            case 'oversize':
              record = { ...step.record, key: randomKey(), pad: 'x'.repeat(step.pad) };
              body = encoder.encode(JSON.stringify(record));
              break;
          }
          sent.push({ body, record });
          const want = expected(body);
          const got = await send(body);
          expect(got.status).toBeLessThan(500);
          expect(got.status).toBe(want.status);
          if (got.status >= 400) {
            expect(got.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
            continue;
          }
          const receipt = got.json?.receipt as string;
          if (got.status === 201 && want.record) {
            accepted.set(want.record.key as string, {
              identity: identity(want.record),
              receipt,
              record: want.record,
            });
          } else {
            expect(receipt).toBe(accepted.get(want.record?.key as string)?.receipt);
          }
        }
      }),
      { numRuns: RUNS },
    );

    expect(bodies).toBeGreaterThanOrEqual(10_000);
    // Hostile bodies must not have reached Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(consoleError).not.toHaveBeenCalled();

    // What is stored is exactly what was accepted: the same records, each once.
    const storedAs = (part: 'main' | 'followup') => async () =>
      (await store.records(CAMPAIGN, part))
        .map((bytes) => identity(decodeRecord(part, bytes) as unknown as Json))
        .sort();
    for (const part of ['main', 'followup'] as const) {
      const want = [...accepted.values()]
        .filter(({ record }) => record.part === part)
        .map(({ record }) =>
          identity(
            (part === 'main'
              ? { profile: record.profile, answers: record.answers }
              : { answers: record.answers }) as Json,
          ),
        )
        .sort();
      expect(await storedAs(part)()).toEqual(want);
    }
    const campaign = await store.campaign(CAMPAIGN);
    expect((campaign?.mainCount ?? 0) + (campaign?.followupCount ?? 0)).toBe(accepted.size);
    expect(statuses.get(201) ?? 0).toBeGreaterThan(1000);
    for (const status of [200, 400, 404, 409, 413]) expect(statuses.get(status) ?? 0).toBeGreaterThan(10);
  }, 240_000);
});
