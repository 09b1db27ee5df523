import { describe, expect, it } from 'vitest';
import {
  type FlowContext,
  nextPosition,
  previousPosition,
  progressOf,
  ruleAnswers,
  shownSections,
  toggleCode,
} from '../../../lib/survey/flow';
import { findQuestion, type QuestionEntry } from '../../../lib/survey/questionnaire';

const ctx = (answers: FlowContext['answers'], extra: Partial<FlowContext> = {}): FlowContext => ({
  answers,
  trueAnswers: {},
  linkFixed: false,
  ...extra,
});
const ids = (answers: FlowContext['answers'], trueAnswers = {}) =>
  shownSections(answers, trueAnswers).map(({ section, questions }) => [
    section.id,
    questions.map((q) => q.id),
  ]);

describe('the survey flow', () => {
  it('goes consent → link → adult check → sections → preview, and skips the link on the web', () => {
    expect(nextPosition({ stage: 'consent', section: null }, ctx({}))).toEqual({
      stage: 'campaign',
      section: null,
    });
    expect(nextPosition({ stage: 'consent', section: null }, ctx({}, { linkFixed: true }))).toEqual({
      stage: 'adult',
      section: null,
    });
    expect(nextPosition({ stage: 'campaign', section: null }, ctx({}))).toEqual({
      stage: 'adult',
      section: null,
    });
    expect(nextPosition({ stage: 'adult', section: null }, ctx({ adult: 'yes' }))).toEqual({
      stage: 'section',
      section: 'about',
    });
    expect(nextPosition({ stage: 'section', section: 'opinions' }, ctx({ adult: 'yes' }))).toEqual({
      stage: 'preview',
      section: null,
    });
    expect(previousPosition({ stage: 'preview', section: null }, ctx({ adult: 'yes' }))).toEqual({
      stage: 'section',
      section: 'opinions',
    });
    expect(previousPosition({ stage: 'section', section: 'about' }, ctx({ adult: 'yes' }))).toEqual({
      stage: 'adult',
      section: null,
    });
    expect(previousPosition({ stage: 'adult', section: null }, ctx({}, { linkFixed: true }))).toEqual({
      stage: 'consent',
      section: null,
    });
  });

  it('ends at the adult check unless it is answered yes, and goes back to it from the end', () => {
    expect(nextPosition({ stage: 'adult', section: null }, ctx({ adult: 'no' })).stage).toBe('ended');
    expect(nextPosition({ stage: 'adult', section: null }, ctx({})).stage).toBe('ended');
    expect(previousPosition({ stage: 'ended', section: null }, ctx({ adult: 'no' })).stage).toBe('adult');
  });

  it('leaves out the organisation section for people with no organisation, and counts parts without it', () => {
    expect(ids({ org_type: 'dngo' }).map(([id]) => id)).toEqual([
      'about',
      'internet',
      'security',
      'organisation',
      'opinions',
    ]);
    expect(ids({ org_type: 'none' }).map(([id]) => id)).toEqual([
      'about',
      'internet',
      'security',
      'opinions',
    ]);
    expect(nextPosition({ stage: 'section', section: 'security' }, ctx({ org_type: 'none' })).section).toBe(
      'opinions',
    );
    expect(progressOf('opinions', { org_type: 'none' }, {})).toEqual({ index: 4, count: 4 });
    expect(progressOf('about', {}, {})).toEqual({ index: 1, count: 5 });
  });

  it('never shows the adult check among the sections, and asks internet sources only of people with internet', () => {
    const about = ids({}).find(([id]) => id === 'about')?.[1];
    expect(about).toEqual(['org_type', 'age_band', 'gender']);
    const internet = (answers: FlowContext['answers']) => ids(answers).find(([id]) => id === 'internet')?.[1];
    expect(internet({ internet_access: 'no' })).not.toContain('internet_sources');
    expect(internet({ internet_access: 'yes' })).toContain('internet_sources');
  });

  it('shows the security follow-ups on the true answer while the page is open, never on the stored noise', () => {
    const security = (answers: FlowContext['answers'], truths = {}) =>
      ids(answers, truths).find(([id]) => id === 'security')?.[1];
    // The stored (randomized) value is "yes" but the participant said "no": no follow-ups.
    expect(
      security({ security_problem_last_year: 'yes' }, { security_problem_last_year: 'no' }),
    ).not.toContain('security_problem_types');
    expect(security({ security_problem_last_year: 'no' }, { security_problem_last_year: 'yes' })).toContain(
      'security_problem_types',
    );
    // After a reload the true answer is gone: follow-ups stay only if some were answered.
    expect(security({ security_problem_last_year: 'yes' })).not.toContain('security_problem_types');
    expect(security({ security_problem_last_year: 'no', security_problem_frequency: 'rarely' })).toContain(
      'help_sought_from',
    );
    expect(ruleAnswers({ security_problem_last_year: 'yes' }, {})).not.toHaveProperty(
      'security_problem_last_year',
    );
  });

  it('keeps an exclusive choice alone in a multi question', () => {
    const question = findQuestion('social_networks') as QuestionEntry;
    expect(toggleCode(question, ['telegram'], 'facebook', true)).toEqual(['facebook', 'telegram']);
    expect(toggleCode(question, ['facebook', 'telegram'], 'none', true)).toEqual(['none']);
    expect(toggleCode(question, ['none'], 'signal', true)).toEqual(['signal']);
    expect(toggleCode(question, ['facebook', 'signal'], 'facebook', false)).toEqual(['signal']);
  });
});
