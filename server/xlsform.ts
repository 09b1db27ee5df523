import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  QUESTIONNAIRE,
  type QuestionDef,
  type SectionDef,
  type ShowRule,
  type Text,
} from '../lib/survey/questionnaire';

/**
 * The questionnaire as an XLSForm (https://xlsform.org) for teams that collect with KoboToolbox or ODK.
 *
 * STUDY.md: those tools cannot randomize an answer on the device, so the randomized-response items
 * and the follow-ups of the security question (asked only on its true answer) are left out, and the
 * form says so in a note. Nothing identifies a participant: no deviceid, phone number, user name,
 * email, start/end/today times, audit log or location rows.
 *
 * Khmer written here (the note, the form title, the constraint messages) has had no native speaker's
 * review, like the entries of lib/survey/review.ts: have it checked before the form is used.
 */

const LANGUAGES = [
  ['en', 'English (en)'],
  ['km', 'Khmer (km)'],
] as const;
const translated = (column: string) => LANGUAGES.map(([, name]) => `${column}::${name}`);
const inBoth = (text: Text | undefined) => LANGUAGES.map(([lang]) => text?.[lang] ?? '');

const SURVEY_COLUMNS = [
  'type',
  'name',
  ...translated('label'),
  ...translated('hint'),
  'relevant',
  'required',
  'constraint',
  ...translated('constraint_message'),
] as const;
const CHOICES_COLUMNS = ['list_name', 'name', ...translated('label')] as const;
const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'default_language'] as const;

const FORM_TITLE: Text = { en: 'Digital Hygiene Check survey', km: 'ការស្ទង់មតិ Digital Hygiene Check' };

/** The first row of the form, the note STUDY.md asks for. */
const LEFT_OUT_NOTE: Text = {
  en: 'Some questions of the Digital Hygiene Check survey are not in this form: the sensitive ones, and the follow-up questions about digital security problems. A form like this one cannot protect those answers, so they are asked only in the Digital Hygiene Check browser extension and its web survey, which protect each of them with randomized response: the app sometimes sends the other answer on purpose, so that no one can be sure what any one person said.',
  km: 'សំណួរមួយចំនួននៃការស្ទង់មតិ Digital Hygiene Check មិនមាននៅក្នុងទម្រង់នេះទេ គឺសំណួររសើប និងសំណួរបន្តអំពីបញ្ហាសុវត្ថិភាពឌីជីថល។ ទម្រង់បែបនេះមិនអាចការពារចម្លើយទាំងនោះបានទេ ដូច្នេះសំណួរទាំងនោះត្រូវបានសួរតែនៅក្នុងកម្មវិធីបន្ថែម (extension) Digital Hygiene Check និងការស្ទង់មតិតាមគេហទំព័ររបស់វាប៉ុណ្ណោះ ដែលការពារចម្លើយនីមួយៗដោយវិធីឆ្លើយតបចៃដន្យ (randomized response)៖ កម្មវិធីពេលខ្លះផ្ញើចម្លើយផ្សេងដោយចេតនា ដើម្បីកុំឱ្យនរណាម្នាក់អាចដឹងច្បាស់ថា មនុស្សម្នាក់ៗបានឆ្លើយអ្វី។',
};

/** Randomized answers need the device; follow-ups would reveal the true answer to the security question. */
const leftOut = (question: QuestionDef) => question.rr !== undefined || question.sentIn === 'followup';

const sections = QUESTIONNAIRE.sections as readonly SectionDef[];
function adultCheck() {
  for (const question of sections.flatMap((section) => section.questions)) {
    if (question.gate) return { gateQuestion: question, gate: question.gate };
  }
  throw new Error('the questionnaire has no adult check');
}
const { gateQuestion, gate } = adultCheck();
const inForm = new Map(
  sections
    .flatMap((section) => section.questions)
    .filter((question) => !leftOut(question))
    .map((question) => [question.id, question]),
);

const quoted = (code: string) => `'${code}'`;
/** Several tests joined, in parentheses so that the result can be joined again. */
const all = (tests: readonly string[], operator: 'and' | 'or') =>
  tests.length === 1 ? (tests[0] as string) : `(${tests.join(` ${operator} `)})`;

/** A skip rule as an XLSForm `relevant` expression; unanswered counts as not chosen, as in `ruleHolds`. */
function relevantOf(rule: ShowRule): string {
  const question = inForm.get(rule.question);
  if (!question) throw new Error(`a skip rule depends on "${rule.question}", which the XLSForm leaves out`);
  const ref = `\${${question.id}}`;
  const chosen = (code: string) =>
    question.kind === 'multi' ? `selected(${ref}, ${quoted(code)})` : `${ref} = ${quoted(code)}`;
  if ('anyOf' in rule) return all(rule.anyOf.map(chosen), 'or');
  const notChosen = (code: string) =>
    question.kind === 'multi' ? `not(${chosen(code)})` : `${ref} != ${quoted(code)}`;
  return all(rule.noneOf.map(notChosen), 'and');
}

type SurveyRow = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;

const labelled = (column: 'label' | 'hint' | 'constraint_message', text: Text | undefined): SurveyRow =>
  Object.fromEntries(translated(column).map((name, index) => [name, inBoth(text)[index]]));

/** A multi question's "none of these": chosen alone or not at all, as the collector checks. */
function exclusiveConstraint(question: QuestionDef): SurveyRow {
  const exclusive = question.choices.filter((choice) => choice.exclusive);
  if (question.kind !== 'multi' || exclusive.length === 0) return {};
  const label = (lang: keyof Text) => exclusive.map((choice) => `“${choice.label[lang]}”`).join(' / ');
  return {
    constraint: `${all(
      exclusive.map((choice) => `not(selected(., ${quoted(choice.code)}))`),
      'and',
    )} or count-selected(.) = 1`,
    ...labelled('constraint_message', {
      en: `${label('en')} cannot be chosen together with another answer.`,
      km: `${label('km')} មិនអាចជ្រើសរើសរួមជាមួយចម្លើយផ្សេងទៀតបានទេ។`,
    }),
  };
}

function questionRow(question: QuestionDef, relevant: string | undefined): SurveyRow {
  return {
    type: `${question.kind === 'multi' ? 'select_multiple' : 'select_one'} ${question.id}`,
    name: question.id,
    ...labelled('label', question.text),
    ...labelled('hint', question.hint),
    relevant,
    // Every question can be skipped (STUDY.md).
    required: 'false',
    ...exclusiveConstraint(question),
  };
}

function surveyRows(): SurveyRow[] {
  const answeredAdult = relevantOf({ question: gateQuestion.id, anyOf: [gate.continueOn] });
  const rows: SurveyRow[] = [
    { type: 'note', name: 'left_out_note', ...labelled('label', LEFT_OUT_NOTE) },
    questionRow(gateQuestion, undefined),
    {
      type: 'note',
      name: `${gateQuestion.id}_end`,
      ...labelled('label', gate.message),
      relevant: relevantOf({
        question: gateQuestion.id,
        anyOf: gateQuestion.choices.map((choice) => choice.code).filter((code) => code !== gate.continueOn),
      }),
    },
  ];
  for (const section of sections) {
    rows.push({
      type: 'begin_group',
      name: section.id,
      ...labelled('label', section.title),
      relevant: [answeredAdult, ...(section.showIf ? [relevantOf(section.showIf)] : [])].join(' and '),
    });
    for (const question of section.questions) {
      if (question === gateQuestion || leftOut(question)) continue;
      rows.push(questionRow(question, question.showIf && relevantOf(question.showIf)));
    }
    rows.push({ type: 'end_group', name: section.id });
  }
  return rows;
}

function choicesRows(): string[][] {
  return [...inForm.values()].flatMap((question) =>
    question.choices.map((choice) => [question.id, choice.code, ...inBoth(choice.label)]),
  );
}

const sheet = (columns: readonly string[], rows: readonly (readonly (string | undefined)[])[]): SheetData => [
  columns.map((value) => ({ value, fontWeight: 'bold' as const })),
  ...rows.map((row) => row.map((value) => (value === undefined || value === '' ? null : value))),
];

/** ODK form ids are XML names: the version id with anything else than letters, digits and _ replaced. */
const xlsformId = (version: string) => version.replace(/[^A-Za-z0-9_]/g, '_');

let built: Promise<Buffer> | undefined;

/** The .xlsx file; the questionnaire is fixed for the life of the process, so it is built once. */
export function questionnaireXlsx(): Promise<Buffer> {
  built ??= writeXlsxFile([
    {
      sheet: 'survey',
      stickyRowsCount: 1,
      data: sheet(
        SURVEY_COLUMNS,
        surveyRows().map((row) => SURVEY_COLUMNS.map((column) => row[column])),
      ),
    },
    { sheet: 'choices', stickyRowsCount: 1, data: sheet(CHOICES_COLUMNS, choicesRows()) },
    {
      sheet: 'settings',
      data: sheet(SETTINGS_COLUMNS, [
        [
          // XLSForm has one form title, not one per language.
          `${FORM_TITLE.en} / ${FORM_TITLE.km}`,
          xlsformId(QUESTIONNAIRE.version),
          QUESTIONNAIRE.version,
          LANGUAGES[0][1],
        ],
      ]),
    },
  ]).toBuffer();
  return built;
}
