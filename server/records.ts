import { encodeRecord } from '../lib/survey/coded';
import { SubmissionSchema } from '../lib/survey/record';
import type { StoredRecord } from './store/types';

export interface Problem {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/** Enough to fix a record; a hostile body with thousands of problems gets no longer answer. */
const MAX_ISSUES = 20;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A request body as JSON, or the problem with it. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) };
  } catch {
    // Invalid UTF-8, invalid JSON, or nesting deep enough to exhaust the parser: all the sender's doing.
    return {
      ok: false,
      problem: { error: 'invalid-json', message: 'The body must be one JSON value in UTF-8.' },
    };
  }
}

/** A submission checked against the questionnaire's record schemas, ready to store. */
export function parseRecord(
  value: unknown,
): { ok: true; record: StoredRecord } | { ok: false; problem: Problem } {
  const parsed = SubmissionSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const more = parsed.error.issues.length - issues.length;
    return {
      ok: false,
      problem: {
        error: 'invalid-record',
        message: `The record does not match the questionnaire's record format: ${issues[0]?.message ?? 'unknown problem'}${more > 0 ? ` (and ${more} more problems not listed)` : ''}.`,
        issues,
      },
    };
  }
  const record = parsed.data;
  return {
    ok: true,
    record: {
      key: record.key,
      campaign: record.campaign,
      part: record.part,
      questionnaire: record.questionnaire,
      rr: record.rr,
      data: encodeRecord(record.part, record),
    },
  };
}
