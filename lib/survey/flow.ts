import type { SurveyDraft } from './draft';
import {
  findQuestion,
  isShown,
  QUESTIONNAIRE,
  QUESTIONS,
  type QuestionEntry,
  type QuestionId,
  type SectionDef,
  showRules,
} from './questionnaire';

/**
 * Which screen comes next, and which questions a screen shows: pure, so the extension tab, the web
 * page and the tests share it. The adult check has a screen of its own before everything else asked.
 */

export const ADULT_QUESTION = 'adult';

type Answers = Readonly<Record<string, string | readonly string[] | undefined>>;
/** The true answers to randomized items given while the page is open; never stored. */
export type TrueAnswers = Readonly<Record<string, string>>;

const SECTIONS = QUESTIONNAIRE.sections as readonly SectionDef[];

/** Questions shown because of a randomized item's true answer (the security follow-ups), by that item. */
const SHOWN_ON_TRUE = new Map<string, { id: string; codes: readonly string[] }[]>();
for (const question of QUESTIONS) {
  for (const rule of showRules(question.id)) {
    if (!('trueAnswer' in rule)) continue;
    const list = SHOWN_ON_TRUE.get(rule.question) ?? [];
    list.push({ id: question.id, codes: rule.anyOf });
    SHOWN_ON_TRUE.set(rule.question, list);
  }
}

/**
 * The answers skip rules are judged on. A randomized item's stored value is noise and must decide
 * nothing: its true answer counts while the page that took it is open. After a reload that true answer
 * is gone (only the noisy value was stored), so its follow-ups stay shown only if some were answered;
 * storing more would keep the true answer on the device, which STUDY.md forbids.
 */
export function ruleAnswers(answers: Answers, trueAnswers: TrueAnswers): Answers {
  const view: Record<string, string | readonly string[] | undefined> = { ...answers };
  for (const [id, dependants] of SHOWN_ON_TRUE) {
    const known = trueAnswers[id];
    if (known !== undefined) view[id] = known;
    else if (dependants.some((dependant) => answers[dependant.id] !== undefined))
      view[id] = dependants[0]?.codes[0];
    else delete view[id];
  }
  return view;
}

/** The sections shown, in order, with the questions each shows; the adult check is not among them. */
export function shownSections(
  answers: Answers,
  trueAnswers: TrueAnswers,
): { section: SectionDef; questions: QuestionEntry[] }[] {
  const view = ruleAnswers(answers, trueAnswers);
  return SECTIONS.flatMap((section) => {
    const questions = QUESTIONS.filter(
      (question) =>
        question.section === section.id && question.id !== ADULT_QUESTION && isShown(question.id, view),
    );
    return questions.length > 0 ? [{ section, questions }] : [];
  });
}

export interface FlowContext {
  answers: Answers;
  trueAnswers: TrueAnswers;
  /** The web page knows its campaign from its address: no link step. */
  linkFixed: boolean;
}

type Position = Pick<SurveyDraft, 'stage' | 'section'>;

export function nextPosition(at: Position, context: FlowContext): Position {
  const sections = shownSections(context.answers, context.trueAnswers).map(({ section }) => section.id);
  switch (at.stage) {
    case 'consent':
      return context.linkFixed ? { stage: 'adult', section: null } : { stage: 'campaign', section: null };
    case 'campaign':
      return { stage: 'adult', section: null };
    case 'adult': {
      const gate = findQuestion(ADULT_QUESTION)?.gate;
      if (context.answers[ADULT_QUESTION] !== gate?.continueOn) return { stage: 'ended', section: null };
      return sections[0] ? { stage: 'section', section: sections[0] } : { stage: 'preview', section: null };
    }
    case 'section': {
      const index = sections.indexOf(at.section ?? '');
      const following = index === -1 ? undefined : sections[index + 1];
      return following ? { stage: 'section', section: following } : { stage: 'preview', section: null };
    }
    default:
      return at;
  }
}

export function previousPosition(at: Position, context: FlowContext): Position {
  const sections = shownSections(context.answers, context.trueAnswers).map(({ section }) => section.id);
  switch (at.stage) {
    case 'campaign':
      return { stage: 'consent', section: null };
    case 'ended':
      return { stage: 'adult', section: null };
    case 'adult':
      return context.linkFixed ? { stage: 'consent', section: null } : { stage: 'campaign', section: null };
    case 'section': {
      const index = sections.indexOf(at.section ?? '');
      const before = index > 0 ? sections[index - 1] : undefined;
      return before ? { stage: 'section', section: before } : { stage: 'adult', section: null };
    }
    case 'preview': {
      const last = sections.at(-1);
      return last ? { stage: 'section', section: last } : { stage: 'adult', section: null };
    }
    default:
      return at;
  }
}

/** "Part n of m" over the sections shown, once the adult check is passed. */
export function progressOf(section: string, answers: Answers, trueAnswers: TrueAnswers) {
  const sections = shownSections(answers, trueAnswers);
  return { index: sections.findIndex((entry) => entry.section.id === section) + 1, count: sections.length };
}

/**
 * A multi question's codes after ticking or unticking `code`: an exclusive code ("none", "I don't
 * know") clears the others and is cleared by them. An empty list means skipped.
 */
export function toggleCode(
  question: QuestionEntry,
  given: readonly string[],
  code: string,
  on: boolean,
): string[] {
  if (!on) return given.filter((c) => c !== code);
  const exclusive = new Set(
    question.choices.filter((choice) => choice.exclusive).map((choice) => choice.code),
  );
  const kept = exclusive.has(code) ? [] : given.filter((c) => !exclusive.has(c));
  const order = question.choices.map((choice) => choice.code);
  return order.filter((c) => c === code || kept.includes(c));
}

export const isQuestionId = (id: string): id is QuestionId => findQuestion(id) !== undefined;
