import { CODED_QUESTIONS, type CodedRecord, decodeRecord } from '../lib/survey/coded';
import { QUESTIONS } from '../lib/survey/questionnaire';

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const line = (values: readonly string[]) => `${values.map(field).join(',')}\r\n`;

/** Every code of every question with its labels, for analysts (RFC 4180, UTF-8). */
export function codebookCsv(): string {
  const header = [
    'question',
    'section',
    'record',
    'kind',
    'rr',
    'question_en',
    'question_km',
    'code',
    'added_code',
    'label_en',
    'label_km',
  ];
  let csv = line(header);
  for (const question of QUESTIONS) {
    for (const choice of question.choices) {
      csv += line([
        question.id,
        question.section,
        question.sentIn,
        question.kind,
        question.rr ?? '',
        question.text.en,
        question.text.km,
        choice.code,
        choice.added ? 'yes' : 'no',
        choice.label.en,
        choice.label.km,
      ]);
    }
  }
  return csv;
}

/**
 * One row per record, one column per question (a main record's profile fields first), several codes
 * joined with ";", a skipped question empty. Rows come in key order, which is random.
 */
export function recordsCsv(part: 'main' | 'followup', records: readonly CodedRecord[]): string {
  const questions = CODED_QUESTIONS[part];
  let csv = line(questions.map((question) => question.id));
  for (const bytes of records) {
    const { profile = {}, answers } = decodeRecord(part, bytes);
    csv += line(
      questions.map((question) => {
        const answer = question.sentIn === 'profile' ? profile[question.id] : answers[question.id];
        return answer === undefined ? '' : typeof answer === 'string' ? answer : answer.join(';');
      }),
    );
  }
  return csv;
}
