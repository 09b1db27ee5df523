import { CODED_QUESTIONS, type CodedRecord } from './coded';
import {
  type FollowupQuestionId,
  findQuestion,
  GROUP_DIMENSIONS,
  GROUP_KEYS,
  type GroupKey,
  type IndicatorId,
  type Lang,
  type MainQuestionId,
  PROFILE_FIELDS,
  type QuestionEntry,
  questionsSentIn,
  TABLE_GROUPS,
  type Text,
} from './questionnaire';
import type { FollowupRecord, MainRecord } from './record';
import { debias, type RrMechanism, type RrMechanismId, rrMechanism } from './rr';

/**
 * The published indicator table (issue 5, GET /api/v1/campaigns/<code>/indicators), computed from
 * stored records under STUDY.md's privacy rules: small-cell suppression, de-biasing of randomized
 * items, and the differencing rule.
 */

export const DEFAULT_K = 5;
export const MIN_K = 3;
/** From this n a group's status is `ok` and every (non-randomized) value is shown. */
export const RELIABLE_N = 25;

export type GroupStatus = 'ok' | 'low' | 'suppressed';

/**
 * Why a value is hidden. The same reason is given whichever side of a low group's value was too
 * small, since naming the side would tell which answer most of the group gave.
 */
export type SuppressionReason =
  | 'group-below-k'
  | 'differencing'
  | 'few-either-way'
  | 'complement'
  | 'rr-below-min-n';

/** Plain words for each reason; `{k}` and `{min}` are filled in by `describeSuppression`. */
export const SUPPRESSION_REASONS: Record<SuppressionReason, Text> = {
  'group-below-k': {
    en: 'Fewer than {k} people in this group answered this question, so nothing is shown for it.',
    km: 'មានមនុស្សតិចជាង {k} នាក់ក្នុងក្រុមនេះ ដែលបានឆ្លើយសំណួរនេះ ដូច្នេះមិនបង្ហាញលទ្ធផលទេ។',
  },
  differencing: {
    en: 'Hidden so that no hidden figure can be worked out by subtracting the other groups from the total.',
    km: 'លាក់ទុក ដើម្បីកុំឱ្យគេអាចគណនាតួលេខដែលលាក់ ដោយដកក្រុមផ្សេងទៀតចេញពីចំនួនសរុប។',
  },
  'few-either-way': {
    en: 'In a group of fewer than 25, an answer is shown only when at least {k} people gave it and at least {k} did not.',
    km: 'ក្នុងក្រុមដែលមានតិចជាង ២៥ នាក់ ចម្លើយមួយត្រូវបានបង្ហាញ លុះត្រាតែមានយ៉ាងហោចណាស់ {k} នាក់បានផ្ដល់ចម្លើយនោះ និងយ៉ាងហោចណាស់ {k} នាក់មិនបានផ្ដល់។',
  },
  complement: {
    en: 'Hidden so that a hidden answer of this group cannot be worked out from the answers that are shown.',
    km: 'លាក់ទុក ដើម្បីកុំឱ្យគេអាចគណនាចម្លើយដែលលាក់របស់ក្រុមនេះ ពីចម្លើយដែលបានបង្ហាញ។',
  },
  'rr-below-min-n': {
    en: 'This answer is protected by sending some answers the other way on purpose; it is shown only for groups of at least {min} people, where the estimate is within about 20 points.',
    km: 'ចម្លើយនេះត្រូវបានការពារ ដោយផ្ញើចម្លើយខ្លះផ្ទុយពីការពិតដោយចេតនា។ វាបង្ហាញតែសម្រាប់ក្រុមដែលមានយ៉ាងហោចណាស់ {min} នាក់ប៉ុណ្ណោះ ដែលការប៉ាន់ស្មានមានភាពខុសគ្នាប្រហែល ២០ ពិន្ទុភាគរយប៉ុណ្ណោះ។',
  },
};

export function describeSuppression(
  reason: SuppressionReason,
  numbers: { k: number; min?: number },
  lang: Lang = 'en',
): string {
  return SUPPRESSION_REASONS[reason][lang]
    .replaceAll('{k}', String(numbers.k))
    .replaceAll('{min}', String(numbers.min));
}

export type CellValue =
  | { percent: number; count: number }
  | { percent: number; ci95: [number, number] }
  | { suppressed: true; reason: SuppressionReason; message: string };

export interface GroupCell {
  /** How many in this group answered the question (skips excluded). */
  n: number;
  status: GroupStatus;
  values: Record<string, CellValue>;
}

export interface IndicatorEntry {
  kind: 'single' | 'multi';
  /** The randomized-response mechanism the values were de-biased for, or null. */
  rr: RrMechanismId | null;
  groups: Partial<Record<GroupKey, GroupCell>>;
}

export interface IndicatorTable {
  campaign: string;
  k: number;
  /** Main records counted. */
  n: number;
  indicators: Partial<Record<IndicatorId, IndicatorEntry>>;
}

export interface IndicatorInput {
  campaign: string;
  /** Smallest group shown; default 5, never below 3. */
  k?: number;
  main: readonly MainRecord[] | readonly CodedRecord[];
  /** Leave out while follow-up indicators may not be shown (an open campaign): they are then omitted. */
  followup?: readonly FollowupRecord[] | readonly CodedRecord[];
  /**
   * Published tables of parts of these records (the campaigns of a pooled table): a count hidden in
   * any of them stays hidden here, since this table minus the other parts would reveal it.
   */
  within?: readonly IndicatorTable[];
}

/** Percent to one decimal, halves up; through integers, since 201/400 · 1000 in floating point rounds to 50.2. */
const percentOf = (count: number, n: number) => Math.round((count * 1000) / n) / 10;
const percent = (share: number) => Math.round(share * 1000) / 10;

/** Counts of one question: `counts[row * stride + code]`, the slot at `code = codes.length` being n. */
interface Tally {
  question: QuestionEntry;
  codes: readonly string[];
  codeIndex: Map<string, number>;
  counts: Int32Array;
  stride: number;
}

function newTally(question: QuestionEntry, rows: number): Tally {
  const codes = question.choices.map((choice) => choice.code);
  const stride = codes.length + 1;
  return {
    question,
    codes,
    codeIndex: new Map(codes.map((code, index) => [code, index])),
    counts: new Int32Array(rows * stride),
    stride,
  };
}

const tallies = (part: 'main' | 'followup', rows: number) =>
  new Map(questionsSentIn(part).map((question) => [question.id as string, newTally(question, rows)]));

/**
 * Records are counted per combination of profile codes (a code outside a field's list gets a slot of
 * its own), and combinations are added into their groups once at the end: one increment per answer
 * rather than one per group, which keeps 100,000 records well within the time budget.
 */
const PROFILE_CODES = PROFILE_FIELDS.map((field) => {
  const codes = (findQuestion(field)?.choices ?? []).map((choice) => choice.code);
  return {
    field,
    codes,
    index: new Map(codes.map((code, position) => [code, position])),
    size: codes.length + 1,
  };
});
const COMBINATIONS = PROFILE_CODES.reduce((product, field) => product * field.size, 1);

function combinationOf(profile: Readonly<Record<string, string>>): number {
  let combination = 0;
  for (const { field, index, size } of PROFILE_CODES) {
    combination = combination * size + (index.get(profile[field] as string) ?? size - 1);
  }
  return combination;
}

/** The group indices each combination belongs to. */
const COMBINATION_GROUPS: readonly (readonly number[])[] = Array.from(
  { length: COMBINATIONS },
  (_, combination) => {
    const profile: Record<string, string> = {};
    let rest = combination;
    for (const { field, codes, size } of [...PROFILE_CODES].reverse()) {
      const code = codes[rest % size];
      if (code !== undefined) profile[field] = code;
      rest = Math.floor(rest / size);
    }
    return TABLE_GROUPS.flatMap((group, index) =>
      !('field' in group) || profile[group.field] === group.code ? [index] : [],
    );
  },
);

/**
 * Adds one record's answers to row `row` of their tallies. The hot loop: nothing is allocated, and it
 * walks the record's own keys, since stored records come in many shapes and looking up every question
 * id in each of them is several times slower.
 */
function count(tallies: ReadonlyMap<string, Tally>, answers: Readonly<Record<string, unknown>>, row: number) {
  for (const id in answers) {
    const tally = tallies.get(id);
    const answer = answers[id];
    if (tally === undefined || answer === undefined) continue;
    const { counts, stride, codeIndex } = tally;
    const base = row * stride;
    counts[base + stride - 1] = (counts[base + stride - 1] as number) + 1;
    if (typeof answer === 'string') {
      const code = codeIndex.get(answer);
      if (code !== undefined) counts[base + code] = (counts[base + code] as number) + 1;
      continue;
    }
    for (const given of answer as readonly string[]) {
      const code = codeIndex.get(given);
      if (code !== undefined) counts[base + code] = (counts[base + code] as number) + 1;
    }
  }
}

const PROFILE_SLOTS = PROFILE_CODES.length;

/** A coded record's profile combination: the same slot `combinationOf` gives its profile. */
function codedCombination(bytes: CodedRecord): number {
  let combination = 0;
  for (let field = 0; field < PROFILE_SLOTS; field++) {
    const { size } = PROFILE_CODES[field] as (typeof PROFILE_CODES)[number];
    const mask = (bytes[field * 2] as number) | ((bytes[field * 2 + 1] as number) << 8);
    const code = 31 - Math.clz32(mask);
    combination = combination * size + (code >= 0 && code < size - 1 ? code : size - 1);
  }
  return combination;
}

/** `count` for a coded record whose questions, from `first` on, are `ordered`'s. */
function countCoded(ordered: readonly Tally[], bytes: CodedRecord, first: number, row: number) {
  for (let question = 0; question < ordered.length; question++) {
    const at = (first + question) * 2;
    let mask = ((bytes[at] ?? 0) as number) | (((bytes[at + 1] ?? 0) as number) << 8);
    if (mask === 0) continue;
    const { counts, stride } = ordered[question] as Tally;
    const base = row * stride;
    counts[base + stride - 1] = (counts[base + stride - 1] as number) + 1;
    mask &= (1 << (stride - 1)) - 1;
    for (let code = 0; mask !== 0; code++, mask >>>= 1) {
      if (mask & 1) counts[base + code] = (counts[base + code] as number) + 1;
    }
  }
}

/** The tallies in coded-record order (after the profile fields, for a main record). */
const codedOrder = (part: 'main' | 'followup', tallies: ReadonlyMap<string, Tally>) =>
  CODED_QUESTIONS[part].flatMap((question) => {
    const tally = tallies.get(question.id);
    return tally ? [tally] : [];
  });

/** The same tally with one row per table group, from one row per combination. */
function byGroup(tally: Tally, rowGroups: readonly (readonly number[])[]): Tally {
  const { counts, stride } = tally;
  const grouped = new Int32Array(GROUP_KEYS.length * stride);
  rowGroups.forEach((groups, row) => {
    for (const group of groups) {
      for (let slot = 0; slot < stride; slot++) {
        grouped[group * stride + slot] =
          (grouped[group * stride + slot] as number) + (counts[row * stride + slot] as number);
      }
    }
  });
  return { ...tally, counts: grouped };
}

/** Which cells of one indicator are hidden, and why; null = shown. */
interface Plan {
  n: number[];
  status: GroupStatus[];
  hidden: (SuppressionReason | null)[][];
}

const ALL = GROUP_KEYS.indexOf('all');
const DIMENSIONS = GROUP_DIMENSIONS.map((dimension) =>
  dimension.groups.map((key) => GROUP_KEYS.indexOf(key)),
);

/** Those in `all` who are in none of the dimension's groups (e.g. org_type none or undisclosed). */
const remainderOf = (dimension: readonly number[], n: readonly number[]) =>
  (n[ALL] as number) - dimension.reduce((sum, group) => sum + (n[group] as number), 0);

/** The smallest group (by n, then table order) among `candidates`, or -1. */
function smallest(candidates: readonly number[], n: readonly number[]): number {
  let best = -1;
  for (const group of candidates) if (best === -1 || (n[group] as number) < (n[best] as number)) best = group;
  return best;
}

function plan(
  tally: Tally,
  groups: readonly number[],
  k: number,
  mechanism: RrMechanism | null,
  within: readonly IndicatorTable[],
): Plan {
  const { codes, counts, stride } = tally;
  const at = (group: number, code: number) => counts[group * stride + code] as number;
  const n = GROUP_KEYS.map((_, group) => at(group, codes.length));
  const status: GroupStatus[] = n.map((size) => (size < k ? 'suppressed' : size < RELIABLE_N ? 'low' : 'ok'));
  const groupReason: (SuppressionReason | null)[] = n.map((size) => (size < k ? 'group-below-k' : null));

  // STUDY.md: a suppressed group plus a remainder below k would be revealed by all − the other groups.
  if (groupReason[ALL] === null && groups.length > 1) {
    for (const dimension of DIMENSIONS) {
      if (remainderOf(dimension, n) >= k) continue;
      if (!dimension.some((group) => groupReason[group] === 'group-below-k')) continue;
      const next = smallest(
        dimension.filter((group) => groupReason[group] === null),
        n,
      );
      if (next === -1) continue;
      groupReason[next] = 'differencing';
      status[next] = 'suppressed';
    }
  }

  const hidden = GROUP_KEYS.map((_, group) =>
    codes.map((_code, code): SuppressionReason | null => {
      const reason = groupReason[group] ?? null;
      if (reason) return reason;
      if (mechanism) return (n[group] as number) < mechanism.minN ? 'rr-below-min-n' : null;
      if (status[group] !== 'low')
        return hiddenIn(within, tally.question.id, group, codes[code] as string) ? 'differencing' : null;
      const gave = at(group, code);
      if (gave < k || (n[group] as number) - gave < k) return 'few-either-way';
      return hiddenIn(within, tally.question.id, group, codes[code] as string) ? 'differencing' : null;
    }),
  );
  // Randomized values are noisy per person already; the cell rules below guard exact counts.
  if (!mechanism) hideDerivable(tally, groups, k, n, hidden);
  return { n, status, hidden };
}

/** Whether any of `tables` hides this cell. */
function hiddenIn(tables: readonly IndicatorTable[], id: string, group: number, code: string): boolean {
  const key = GROUP_KEYS[group] as GroupKey;
  return tables.some((table) => {
    const value = table.indicators[id as IndicatorId]?.groups[key]?.values[code];
    return value !== undefined && 'suppressed' in value;
  });
}

/**
 * Hides further cells until no hidden count can be worked out from shown ones: within a group of a
 * single-choice question the counts add up to n, so one hidden code, or hidden codes adding up to
 * fewer than k, follow from the others; across a dimension with a remainder below k, a code hidden in
 * exactly one group follows from `all` minus the other groups. Each round hides the smallest shown
 * cell that would give it away.
 */
function hideDerivable(
  tally: Tally,
  groups: readonly number[],
  k: number,
  n: readonly number[],
  hidden: (SuppressionReason | null)[][],
) {
  const { codes, counts, stride } = tally;
  const at = (group: number, code: number) => counts[group * stride + code] as number;
  const codeIndices = codes.map((_, code) => code);
  let changed = true;
  while (changed) {
    changed = false;
    if (tally.question.kind === 'single') {
      for (const group of groups) {
        const row = hidden[group] as (SuppressionReason | null)[];
        const shown = codeIndices.filter((code) => row[code] === null);
        const concealed = codeIndices.filter((code) => row[code] !== null);
        if (shown.length === 0 || concealed.length === 0) continue;
        const concealedTotal = concealed.reduce((sum, code) => sum + at(group, code), 0);
        if (concealed.length > 1 && concealedTotal >= k) continue;
        let pick = shown[0] as number;
        for (const code of shown) if (at(group, code) < at(group, pick)) pick = code;
        row[pick] = 'complement';
        changed = true;
      }
    }
    // Follow-up tables have only `all`: nothing to subtract it from.
    if (groups.length === 1 || hidden[ALL]?.every((reason) => reason !== null)) continue;
    for (const dimension of DIMENSIONS) {
      if (remainderOf(dimension, n) >= k) continue;
      for (const code of codeIndices) {
        if (hidden[ALL]?.[code] !== null) continue;
        const concealing = dimension.filter((group) => hidden[group]?.[code] !== null);
        const showing = dimension.filter((group) => hidden[group]?.[code] === null);
        if (concealing.length !== 1 || showing.length === 0) continue;
        (hidden[smallest(showing, n)] as (SuppressionReason | null)[])[code] = 'differencing';
        changed = true;
      }
    }
  }
}

function entry(
  tally: Tally,
  groups: readonly number[],
  k: number,
  within: readonly IndicatorTable[],
): IndicatorEntry {
  const { question, codes, counts, stride } = tally;
  const mechanism = question.rr ? rrMechanism(question.rr) : null;
  const { n, status, hidden } = plan(tally, groups, k, mechanism, within);
  const cells: Partial<Record<GroupKey, GroupCell>> = {};
  for (const group of groups) {
    const size = n[group] as number;
    const values: Record<string, CellValue> = {};
    codes.forEach((code, index) => {
      const reason = hidden[group]?.[index] ?? null;
      const gave = counts[group * stride + index] as number;
      if (reason) {
        const message = describeSuppression(reason, { k, min: mechanism?.minN });
        values[code] = { suppressed: true, reason, message };
      } else if (mechanism) {
        const { estimate, lower, upper } = debias(gave, size, mechanism);
        values[code] = { percent: percent(estimate), ci95: [percent(lower), percent(upper)] };
      } else {
        values[code] = { percent: percentOf(gave, size), count: gave };
      }
    });
    cells[GROUP_KEYS[group] as GroupKey] = { n: size, status: status[group] as GroupStatus, values };
  }
  return { kind: question.kind, rr: question.rr ?? null, groups: cells };
}

/** The indicator table. Pure; records are expected to have passed the record schemas. */
export function computeIndicators(input: IndicatorInput): IndicatorTable {
  const k = input.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < MIN_K)
    throw new RangeError(`k must be a whole number of at least ${MIN_K}, not ${k}`);

  const within = input.within ?? [];
  const allGroups = GROUP_KEYS.map((_, index) => index);
  const mainTallies = tallies('main', COMBINATIONS);
  const mainOrder = codedOrder('main', mainTallies);
  for (const record of input.main) {
    if (record instanceof Uint8Array) countCoded(mainOrder, record, PROFILE_SLOTS, codedCombination(record));
    else
      count(mainTallies, record.answers, combinationOf(record.profile as Readonly<Record<string, string>>));
  }
  const indicators: Partial<Record<IndicatorId, IndicatorEntry>> = {};
  for (const [id, tally] of mainTallies) {
    indicators[id as MainQuestionId] = entry(byGroup(tally, COMBINATION_GROUPS), allGroups, k, within);
  }

  if (input.followup) {
    // Follow-ups are unlinkable from profiles, so only `all`. An empty record answers no question,
    // so each n counts only the non-empty records that answered it.
    const onlyAll = [ALL];
    const followupTallies = tallies('followup', 1);
    const followupOrder = codedOrder('followup', followupTallies);
    for (const record of input.followup) {
      if (record instanceof Uint8Array) countCoded(followupOrder, record, 0, 0);
      else count(followupTallies, record.answers, 0);
    }
    for (const [id, tally] of followupTallies) {
      indicators[id as FollowupQuestionId] = entry(byGroup(tally, [onlyAll]), onlyAll, k, within);
    }
  }
  return { campaign: input.campaign, k, n: input.main.length, indicators };
}
