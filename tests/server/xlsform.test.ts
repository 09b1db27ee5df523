import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE, QUESTIONS, type QuestionEntry } from '../../lib/survey/questionnaire';
import type { Store } from '../../server/store/types';
import { testApp } from './app';
import { type TestDatabase, testDatabase } from './databases';

type Row = Record<string, string>;

/** STUDY.md: randomized items cannot be protected by KoboToolbox/ODK, and follow-ups would reveal one. */
const isSensitive = (question: QuestionEntry) => question.rr !== undefined || question.sentIn === 'followup';
const SENSITIVE = QUESTIONS.filter(isSensitive);
const IN_FORM = QUESTIONS.filter((question) => !isSensitive(question));
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KHMER = /[\u1780-\u17FF]/;
/** How XLSForm refers to a question's answer: `${id}`. */
const ref = (id: string) => `$\{${id}}`;
/** Metadata types of XLSForm/ODK that record who, where, on which device or when someone answered. */
const IDENTIFYING_TYPES = [
  'start',
  'end',
  'today',
  'deviceid',
  'phonenumber',
  'simserial',
  'subscriberid',
  'username',
  'email',
  'audit',
  'geopoint',
  'geotrace',
  'geoshape',
  'start-geopoint',
  'background-audio',
];

/** The form as a KoboToolbox or ODK server reads it: the .xlsx, read back by another library. */
describe('GET /api/v1/questionnaire.xlsx', () => {
  let database: TestDatabase;
  let store: Store;
  let response: Response;
  let bytes: Uint8Array;
  let sheets: Map<string, { header: string[]; rows: Row[] }>;
  beforeAll(async () => {
    database = await testDatabase('sqlite');
    store = await database.open();
    response = await testApp(store).get('/api/v1/questionnaire.xlsx');
    bytes = new Uint8Array(await response.arrayBuffer());
    sheets = new Map();
    for (const { sheet, data } of await readXlsxFile(Buffer.from(bytes))) {
      const [header = [], ...rest] = data.map((row) =>
        row.map((cell) => (cell === null ? '' : String(cell))),
      );
      const rows = rest.map((row) =>
        Object.fromEntries(header.map((column, index) => [column, row[index] ?? ''])),
      );
      sheets.set(sheet, { header, rows });
    }
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });
  const survey = () => sheets.get('survey')?.rows ?? [];
  const choices = () => sheets.get('choices')?.rows ?? [];
  const everyCell = () =>
    [...sheets.values()].flatMap(({ rows }) => rows.flatMap((row) => Object.values(row)));

  it('is an .xlsx download: a zip with the spreadsheet content types', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="xlsform-${QUESTIONNAIRE.version}.xlsx"`,
    );
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array());
    expect(types).toMatch(
      /ContentType="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml"\s+PartName="\/xl\/workbook\.xml"/,
    );
    expect(types.match(/spreadsheetml\.worksheet\+xml/g)).toHaveLength(3);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['_rels/.rels', 'xl/workbook.xml']));
  });

  it('has the survey, choices and settings sheets with XLSForm columns in English and Khmer', () => {
    expect([...sheets.keys()]).toEqual(['survey', 'choices', 'settings']);
    expect(sheets.get('survey')?.header).toEqual(
      expect.arrayContaining([
        'type',
        'name',
        'label::English (en)',
        'label::Khmer (km)',
        'hint::English (en)',
        'hint::Khmer (km)',
        'relevant',
        'required',
      ]),
    );
    expect(sheets.get('choices')?.header).toEqual([
      'list_name',
      'name',
      'label::English (en)',
      'label::Khmer (km)',
    ]);
    expect(sheets.get('settings')?.rows).toEqual([
      {
        form_title: expect.stringMatching(new RegExp(`Digital Hygiene Check.*${KHMER.source}`)),
        form_id: 'dhc_2026_1',
        version: QUESTIONNAIRE.version,
        default_language: 'English (en)',
      },
    ]);
  });

  it('opens with a note in both languages on why the sensitive questions are not in it', () => {
    const [note] = survey();
    expect(note).toMatchObject({ type: 'note', relevant: '' });
    expect(note?.['label::English (en)']).toMatch(/sensitive.*randomized response/s);
    expect(note?.['label::Khmer (km)']).toMatch(KHMER);
    expect(note?.['label::Khmer (km)']).toMatch(/randomized response/);
  });

  it('asks the adult check first and everything else only of adults', () => {
    const questions = survey().filter((row) => /^select_/.test(row.type ?? ''));
    expect(questions[0]).toMatchObject({ type: 'select_one adult', name: 'adult', relevant: '' });
    const adultsOnly = `${ref('adult')} = 'yes'`;
    const groups = survey().filter((row) => row.type === 'begin_group');
    for (const group of groups) expect(group.relevant?.startsWith(adultsOnly)).toBe(true);
    // Outside a group there is only the adult check and notes.
    let depth = 0;
    for (const row of survey()) {
      if (row.type === 'begin_group') depth++;
      else if (row.type === 'end_group') depth--;
      else if (depth === 0) expect(row.name === 'adult' || row.type === 'note').toBe(true);
    }
    expect(
      survey().find((row) => row.type === 'note' && row.relevant === `${ref('adult')} = 'no'`),
    ).toBeDefined();
  });

  it('has every question that is not randomized nor a follow-up, with its id, type and list, skippable', () => {
    const rows = survey().filter((row) => /^select_/.test(row.type ?? ''));
    expect(rows.map((row) => row.name)).toEqual(IN_FORM.map((question) => question.id));
    for (const question of IN_FORM) {
      const row = rows.find((candidate) => candidate.name === question.id);
      expect(row).toMatchObject({
        type: `${question.kind === 'multi' ? 'select_multiple' : 'select_one'} ${question.id}`,
        'label::English (en)': question.text.en,
        'label::Khmer (km)': question.text.km,
        'hint::English (en)': question.hint?.en ?? '',
        'hint::Khmer (km)': question.hint?.km ?? '',
        required: 'false',
      });
    }
  });

  it('puts each question in a group for its section, in order', () => {
    let group: string | undefined;
    const seen: string[] = [];
    for (const row of survey()) {
      if (row.type === 'begin_group') {
        group = row.name;
        seen.push(row.name ?? '');
        expect(QUESTIONNAIRE.sections.find((section) => section.id === group)?.title.km).toBe(
          row['label::Khmer (km)'],
        );
      } else if (row.type === 'end_group') {
        expect(row.name).toBe(group);
        group = undefined;
      } else if (row.name !== 'adult' && /^select_/.test(row.type ?? '')) {
        expect(QUESTIONS.find((question) => question.id === row.name)?.section).toBe(group);
      }
    }
    expect(seen).toEqual(QUESTIONNAIRE.sections.map((section) => section.id));
  });

  it('lists every code of every question in choices with both labels, under valid list names', () => {
    const lists = new Map<string, Row[]>();
    for (const row of choices())
      lists.set(row.list_name ?? '', [...(lists.get(row.list_name ?? '') ?? []), row]);
    for (const question of IN_FORM) {
      expect(lists.get(question.id)).toEqual(
        question.choices.map((choice) => ({
          list_name: question.id,
          name: choice.code,
          'label::English (en)': choice.label.en,
          'label::Khmer (km)': choice.label.km,
        })),
      );
    }
    expect([...lists.keys()].sort()).toEqual(IN_FORM.map((question) => question.id).sort());
    for (const name of lists.keys()) expect(name).toMatch(XML_NAME);
    for (const row of survey()) expect(row.name).toMatch(XML_NAME);
  });

  it('leaves out every randomized question and every follow-up, everywhere', () => {
    expect(SENSITIVE.map((question) => question.id)).toEqual(
      expect.arrayContaining([
        'published_hr_politics',
        'security_problem_last_year',
        'gov_efforts_enough',
        'policies_effective',
        'security_problem_types',
        'security_problem_frequency',
        'help_sought_from',
      ]),
    );
    const cells = everyCell();
    const text = cells.join('\n');
    for (const question of SENSITIVE) {
      expect(text).not.toContain(question.id);
      expect(cells).not.toContain(question.text.en);
      expect(cells).not.toContain(question.text.km);
    }
  });

  it('turns the skip rules into relevant expressions on questions of the form', () => {
    const row = (name: string) => survey().find((candidate) => candidate.name === name);
    expect(row('internet_sources')?.relevant).toBe(`${ref('internet_access')} = 'yes'`);
    expect(row('organisation')).toMatchObject({
      type: 'begin_group',
      relevant: `${ref('adult')} = 'yes' and ${ref('org_type')} != 'none'`,
    });
    const asked: string[] = [];
    for (const { name = '', relevant = '' } of survey()) {
      for (const [, ref] of relevant.matchAll(/\$\{(\w+)\}/g)) expect(asked).toContain(ref);
      asked.push(name);
    }
  });

  it('keeps "none of these" alone, as the collector does', () => {
    const row = survey().find((candidate) => candidate.name === 'security_practices');
    expect(row?.constraint).toBe("not(selected(., 'none')) or count-selected(.) = 1");
    expect(row?.['constraint_message::Khmer (km)']).toMatch(KHMER);
  });

  it('records nothing that identifies a participant: no metadata rows', () => {
    const types = survey().map((row) => row.type ?? '');
    for (const type of IDENTIFYING_TYPES) expect(types).not.toContain(type);
    for (const type of types)
      expect(type).toMatch(/^(note|begin_group|end_group|select_(one|multiple) \w+)$/);
  });
});
