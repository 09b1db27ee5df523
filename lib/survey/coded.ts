import { type QuestionEntry, questionsSentIn } from './questionnaire';

/**
 * A record's answers as bytes: the form the collector stores, so that counting 100,000 records for the
 * indicator tables parses no JSON and builds no objects. For each question the record's part carries
 * (a main record: its profile fields first), in questionnaire order, a 16-bit little-endian mask of
 * the codes given (bit i: the question's i-th code), 0 when skipped. The order of a multi question's
 * codes is not kept: it means nothing.
 *
 * The layout follows the questionnaire version, like the record schemas: a new version that moves
 * questions or codes needs its own layout for the records stored under the old one.
 */
export type CodedRecord = Uint8Array;

export const CODED_QUESTIONS: Record<'main' | 'followup', readonly QuestionEntry[]> = {
  main: [...questionsSentIn('profile'), ...questionsSentIn('main')],
  followup: questionsSentIn('followup'),
};

const MASK_BITS = 16;
for (const question of [...CODED_QUESTIONS.main, ...CODED_QUESTIONS.followup]) {
  if (question.choices.length > MASK_BITS)
    throw new RangeError(`${question.id} has more than ${MASK_BITS} codes: a coded record cannot hold it`);
}

type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The bytes of a record that passed the record schemas (`profile` only for a main record). A code
 * that is not the question's throws: validate first.
 */
export function encodeRecord(
  part: 'main' | 'followup',
  record: { profile?: Answers; answers: Answers },
): CodedRecord {
  const questions = CODED_QUESTIONS[part];
  const bytes = new Uint8Array(questions.length * 2);
  questions.forEach((question, index) => {
    const given = question.sentIn === 'profile' ? record.profile?.[question.id] : record.answers[question.id];
    if (given === undefined) return;
    let mask = 0;
    for (const code of typeof given === 'string' ? [given] : given) {
      const bit = question.choices.findIndex((choice) => choice.code === code);
      if (bit === -1) throw new RangeError(`${question.id}: "${code}" is not one of its codes`);
      mask |= 1 << bit;
    }
    bytes[index * 2] = mask & 0xff;
    bytes[index * 2 + 1] = mask >>> 8;
  });
  return bytes;
}

export interface DecodedRecord {
  profile?: Record<string, string>;
  answers: Record<string, string | string[]>;
}

/** The profile and answers of coded bytes, multi codes in the questionnaire's order. */
export function decodeRecord(part: 'main' | 'followup', bytes: CodedRecord): DecodedRecord {
  const questions = CODED_QUESTIONS[part];
  if (bytes.length !== questions.length * 2)
    throw new RangeError(`a coded ${part} record has ${questions.length * 2} bytes, not ${bytes.length}`);
  const decoded: DecodedRecord = part === 'main' ? { profile: {}, answers: {} } : { answers: {} };
  questions.forEach((question, index) => {
    const mask = (bytes[index * 2] as number) | ((bytes[index * 2 + 1] as number) << 8);
    if (mask === 0) return;
    const codes = question.choices.filter((_, bit) => mask & (1 << bit)).map((choice) => choice.code);
    if (question.sentIn === 'profile') {
      if (decoded.profile && codes[0] !== undefined) decoded.profile[question.id] = codes[0];
    } else decoded.answers[question.id] = question.kind === 'single' ? (codes[0] as string) : codes;
  });
  return decoded;
}
