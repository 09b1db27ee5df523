import { describe, expect, it } from 'vitest';
import { SUPPRESSION_REASONS } from '../../../lib/survey/indicators';
import {
  findQuestion,
  GROUP_DIMENSIONS,
  GROUP_KEYS,
  groupsOf,
  isShown,
  labelEntries,
  PROFILE_FIELDS,
  QUESTIONNAIRE,
  QUESTIONS,
  showRules,
  TERMS,
} from '../../../lib/survey/questionnaire';
import { SURVEY_KM_NEEDS_REVIEW } from '../../../lib/survey/review';
import { rrMechanism } from '../../../lib/survey/rr';

// Copied by hand from STUDY.md's indicator table: the data contract the questionnaire must keep.
const STUDY_INDICATORS: Record<
  string,
  { kind: 'single' | 'multi'; codes: string[]; rr?: true; followup?: true }
> = {
  internet_access: { kind: 'single', codes: ['yes', 'no'] },
  internet_sources: { kind: 'multi', codes: ['home', 'workplace', 'mobile_data', 'public_wifi', 'other'] },
  social_networks: {
    kind: 'multi',
    codes: [
      'facebook',
      'messenger',
      'telegram',
      'tiktok',
      'youtube',
      'instagram',
      'x',
      'linkedin',
      'whatsapp',
      'signal',
      'other',
    ],
  },
  personal_data_published: {
    kind: 'multi',
    codes: ['name', 'photo', 'age', 'phone', 'email', 'address', 'workplace', 'none'],
  },
  published_hr_politics: { kind: 'single', codes: ['yes', 'no'], rr: true },
  security_problem_last_year: { kind: 'single', codes: ['yes', 'no'], rr: true },
  security_problem_types: {
    kind: 'multi',
    codes: [
      'account_theft',
      'post_reported',
      'impersonation',
      'harassment',
      'phishing_scam',
      'malware',
      'other',
    ],
    followup: true,
  },
  security_problem_frequency: {
    kind: 'single',
    codes: ['rarely', 'occasionally', 'several', 'often'],
    followup: true,
  },
  help_sought_from: {
    kind: 'multi',
    codes: ['cso', 'friends_family', 'platform', 'authorities', 'it_staff', 'helpline', 'nobody'],
    followup: true,
  },
  self_protection_action: { kind: 'single', codes: ['yes', 'no'] },
  security_practices: {
    kind: 'multi',
    codes: [
      'strong_passwords',
      'two_factor',
      'password_manager',
      'updates',
      'antivirus',
      'backups',
      'encrypted_messaging',
      'privacy_settings',
    ],
  },
  org_digital_platforms: {
    kind: 'multi',
    codes: [
      'website_blog',
      'facebook_page',
      'telegram_channel',
      'youtube',
      'tiktok',
      'email_newsletter',
      'none',
    ],
  },
  website_hosting: { kind: 'single', codes: ['local', 'abroad', 'dont_know', 'no_website'] },
  backup_frequency: { kind: 'single', codes: ['daily', 'weekly', 'monthly', 'rarely', 'never', 'dont_know'] },
  org_dr_knowledge: { kind: 'single', codes: ['very_weak', 'weak', 'moderate', 'strong', 'very_strong'] },
  incident_documentation: { kind: 'single', codes: ['yes', 'no', 'dont_know'] },
  known_dv_cases: { kind: 'single', codes: ['yes', 'no'] },
  know_dv_handling: { kind: 'single', codes: ['yes', 'no'] },
  dv_target_groups: {
    kind: 'multi',
    codes: ['women_girls', 'hrds_activists', 'journalists', 'youth', 'lgbtiq', 'ethnic_minorities', 'other'],
  },
  gov_efforts_enough: { kind: 'single', codes: ['yes', 'no', 'dont_know'], rr: true },
  policies_effective: { kind: 'single', codes: ['yes', 'no', 'dont_know'], rr: true },
  collective_actions: {
    kind: 'multi',
    codes: ['awareness_campaigns', 'training', 'advocacy', 'victim_support', 'networking', 'none'],
  },
  company_strategies: {
    kind: 'multi',
    codes: ['raising_awareness', 'content_moderation', 'reporting_tools', 'transparency', 'dont_know'],
  },
  awareness_actions: {
    kind: 'multi',
    codes: ['campaigns', 'teacher_training', 'school_curriculum', 'community_sessions', 'media'],
  },
  online_safety_actions: {
    kind: 'multi',
    codes: [
      'public_awareness',
      'digital_literacy_training',
      'better_reporting',
      'stronger_laws',
      'platform_accountability',
    ],
  },
  legal_mechanisms: {
    kind: 'multi',
    codes: ['classify_online_crimes', 'victim_protection', 'data_protection_law', 'platform_liability'],
  },
  tech_dgbv_actions: {
    kind: 'multi',
    codes: ['transparency_in_cases', 'faster_response', 'local_language_support', 'safety_by_design'],
  },
};

const STUDY_PROFILE: Record<string, string[]> = {
  org_type: ['fngo', 'dngo', 'cbo', 'none', 'undisclosed'],
  age_band: ['18_30', '31_59', '60_plus', 'undisclosed'],
  gender: ['female', 'male', 'other', 'undisclosed'],
};

const codesOf = (id: string) => findQuestion(id)?.choices.map((choice) => choice.code) ?? [];
const KHMER = /[\u1780-\u17FF]/;

describe('the questionnaire against STUDY.md', () => {
  it.each(Object.entries(STUDY_INDICATORS))('%s keeps its kind and exactly its fixed codes', (id, study) => {
    const question = findQuestion(id);
    expect(question?.kind).toBe(study.kind);
    const fixed = question?.choices.filter((choice) => !choice.added).map((choice) => choice.code);
    expect(fixed).toEqual(study.codes);
    const added = question?.choices.filter((choice) => choice.added).map((choice) => choice.code) ?? [];
    for (const code of added) expect(study.codes).not.toContain(code);
    expect(question?.sentIn).toBe(study.followup ? 'followup' : 'main');
    expect(question?.rr !== undefined).toBe(study.rr === true);
  });

  it('asks every indicator of STUDY.md and no other', () => {
    const asked = QUESTIONS.filter((q) => q.sentIn === 'main' || q.sentIn === 'followup').map((q) => q.id);
    expect([...asked].sort()).toEqual(Object.keys(STUDY_INDICATORS).sort());
  });

  it('has the three group fields with their codes, each with "prefer not to say"', () => {
    expect(PROFILE_FIELDS).toEqual(Object.keys(STUDY_PROFILE));
    for (const [field, codes] of Object.entries(STUDY_PROFILE)) expect(codesOf(field)).toEqual(codes);
  });

  it('starts with the adult check, which is never sent and stops anyone but an adult', () => {
    const first = QUESTIONNAIRE.sections[0].questions[0];
    expect(first.id).toBe('adult');
    expect(first.sentIn).toBe('never');
    expect(first.gate.continueOn).toBe('yes');
    expect(codesOf('adult')).toEqual(['yes', 'no']);
  });

  it('has the five sections in order, with the organisation section skipped for org_type none', () => {
    expect(QUESTIONNAIRE.sections.map((section) => section.id)).toEqual([
      'about',
      'internet',
      'security',
      'organisation',
      'opinions',
    ]);
    const organisation = QUESTIONS.filter((question) => question.section === 'organisation');
    for (const question of organisation) {
      expect(isShown(question.id, { org_type: 'none' })).toBe(false);
      expect(isShown(question.id, { org_type: 'undisclosed' })).toBe(true);
      expect(isShown(question.id, {})).toBe(true);
    }
  });

  it('asks internet_sources only after a yes to internet_access', () => {
    expect(isShown('internet_sources', { internet_access: 'yes' })).toBe(true);
    expect(isShown('internet_sources', { internet_access: 'no' })).toBe(false);
    expect(isShown('internet_sources', {})).toBe(false);
  });

  it('asks the security follow-ups only on a true yes, judged on the device', () => {
    for (const id of ['security_problem_types', 'security_problem_frequency', 'help_sought_from'] as const) {
      expect(showRules(id)).toEqual([
        { question: 'security_problem_last_year', anyOf: ['yes'], trueAnswer: true },
      ]);
      expect(isShown(id, { security_problem_last_year: 'yes' })).toBe(true);
      expect(isShown(id, { security_problem_last_year: 'no' })).toBe(false);
    }
  });

  it('uses, for each randomized item, a mechanism over exactly its codes', () => {
    for (const question of QUESTIONS.filter((q) => q.rr)) {
      expect(question.kind).toBe('single');
      expect(rrMechanism(question.rr ?? 'rr2-e2').codes).toEqual(codesOf(question.id));
    }
  });
});

describe('the questionnaire data', () => {
  it('has unique question ids and unique codes within each question', () => {
    const ids = QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTIONS)
      expect(new Set(codesOf(question.id)).size).toBe(question.choices.length);
  });

  it('has skip rules that point back to an earlier question and to its real codes', () => {
    const order = QUESTIONS.map((question) => question.id as string);
    for (const question of QUESTIONS) {
      for (const rule of showRules(question.id)) {
        expect(order.indexOf(rule.question)).toBeGreaterThanOrEqual(0);
        expect(order.indexOf(rule.question)).toBeLessThan(order.indexOf(question.id));
        const codes = 'anyOf' in rule ? rule.anyOf : rule.noneOf;
        for (const code of codes) expect(codesOf(rule.question)).toContain(code);
        // A rule on the true answer only makes sense for a randomized question, and its dependants must
        // never travel with that question's main record.
        if ('trueAnswer' in rule) {
          expect(findQuestion(rule.question)?.rr).toBeDefined();
          expect(question.sentIn).toBe('followup');
        }
      }
    }
  });

  it('marks "none"-like codes exclusive only in multi questions', () => {
    const exclusive = QUESTIONS.flatMap((q) => q.choices.filter((c) => c.exclusive).map(() => q));
    expect(exclusive.length).toBeGreaterThan(0);
    for (const question of exclusive) expect(question.kind).toBe('multi');
  });

  it('has every label in English and Khmer; Khmer labels are Khmer unless a brand name', () => {
    for (const { path, text } of labelEntries()) {
      expect(text.en.trim(), path).not.toBe('');
      expect(text.km.trim(), path).not.toBe('');
      if (!KHMER.test(text.km)) expect(text.km, path).toBe(text.en);
    }
  });

  it('explains every term it points to, and points to every term it explains', () => {
    const used = new Set(
      QUESTIONS.flatMap((question) => [
        ...(question.terms ?? []),
        ...question.choices.flatMap((c) => c.terms ?? []),
      ]),
    );
    expect([...used].sort()).toEqual(Object.keys(TERMS).sort());
  });

  it('defines the words STUDY.md and the issue single out for new readers', () => {
    for (const term of ['digital_violence', 'two_factor', 'backup']) expect(TERMS).toHaveProperty([term]);
  });

  it('lists for Khmer review only labels that exist, each once', () => {
    const paths = new Set([
      ...labelEntries().map((entry) => entry.path),
      ...Object.keys(SUPPRESSION_REASONS).map((reason) => `reasons.${reason}`),
    ]);
    for (const path of SURVEY_KM_NEEDS_REVIEW) expect(paths, path).toContain(path);
    expect(new Set(SURVEY_KM_NEEDS_REVIEW).size).toBe(SURVEY_KM_NEEDS_REVIEW.length);
  });

  it('is plain JSON, so the collector can serve it as it is', () => {
    expect(JSON.parse(JSON.stringify(QUESTIONNAIRE))).toEqual(QUESTIONNAIRE);
  });
});

describe('table groups', () => {
  it('have STUDY.md keys, and each dimension names its disjoint groups', () => {
    expect(GROUP_KEYS).toEqual(['all', 'fngo', 'dngo', 'cbo', 'youth', 'elderly', 'female', 'male']);
    expect(GROUP_DIMENSIONS).toEqual([
      { field: 'org_type', groups: ['fngo', 'dngo', 'cbo'] },
      { field: 'age_band', groups: ['youth', 'elderly'] },
      { field: 'gender', groups: ['female', 'male'] },
    ]);
  });

  it.each([
    [{ org_type: 'cbo', age_band: '18_30', gender: 'female' }, ['all', 'cbo', 'youth', 'female']],
    [{ org_type: 'fngo', age_band: '60_plus', gender: 'male' }, ['all', 'fngo', 'elderly', 'male']],
    [{ org_type: 'dngo', age_band: '31_59', gender: 'other' }, ['all', 'dngo']],
    [{ org_type: 'none', age_band: 'undisclosed', gender: 'undisclosed' }, ['all']],
  ] as const)('put %o in %o', (profile, groups) => {
    expect(groupsOf(profile)).toEqual(groups);
  });
});
