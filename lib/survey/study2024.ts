import type { GroupKey, IndicatorId, Text } from './questionnaire';

/**
 * The figures the 2024 study states in its text (STUDY.md; its charts were lost), for showing beside
 * new results. 80 individual respondents, not a representative sample; most FNGO figures are
 * quarters, which suggests about four FNGO respondents. Where the study gives no exact figure for one
 * code, only its words are kept (`note`). The Khmer here awaits a native speaker's review, like the
 * paths listed in review.ts.
 */
export interface StudyFigure {
  group: GroupKey;
  code: string;
  percent: number;
}

export const STUDY_2024: {
  readonly source: Text;
  readonly indicators: Partial<Record<IndicatorId, { figures: readonly StudyFigure[]; note?: Text }>>;
} = {
  source: {
    en: 'Cooperation Committee for Cambodia, December 2024: 80 people, not a representative sample.',
    km: 'គណៈកម្មាធិការសហប្រតិបត្តិការដើម្បីកម្ពុជា ខែធ្នូ ឆ្នាំ ២០២៤៖ មនុស្ស ៨០ នាក់ មិនមែនជាគំរូតំណាងទេ។',
  },
  indicators: {
    internet_access: { figures: [{ group: 'all', code: 'yes', percent: 99 }] },
    internet_sources: {
      figures: [{ group: 'all', code: 'home', percent: 80 }],
      note: {
        en: 'About 80% at home; home and workplace together: FNGO 75%, DNGO 74%, CBO 55%.',
        km: 'ប្រហែល ៨០% នៅផ្ទះ។ ផ្ទះ និងកន្លែងធ្វើការរួមគ្នា៖ FNGO ៧៥%, DNGO ៧៤%, CBO ៥៥%។',
      },
    },
    social_networks: { figures: [{ group: 'all', code: 'facebook', percent: 97 }] },
    personal_data_published: {
      figures: [
        { group: 'all', code: 'name', percent: 72 },
        { group: 'all', code: 'photo', percent: 82 },
      ],
    },
    published_hr_politics: {
      figures: [
        { group: 'youth', code: 'yes', percent: 53 },
        { group: 'female', code: 'yes', percent: 60 },
      ],
    },
    security_problem_last_year: {
      figures: [],
      note: { en: 'A significant portion.', km: 'មួយចំណែកធំ។' },
    },
    security_problem_types: {
      figures: [],
      note: {
        en: 'Account theft and reported posts were the most common.',
        km: 'ការលួចគណនី និងការរាយការណ៍ការបង្ហោះ គឺជារឿងញឹកញាប់បំផុត។',
      },
    },
    security_problem_frequency: {
      figures: [],
      note: { en: 'Mostly rarely or occasionally.', km: 'ភាគច្រើនកម្រ ឬម្ដងម្កាល។' },
    },
    help_sought_from: {
      figures: [],
      note: {
        en: 'Mostly civil society organisations, and only once in trouble.',
        km: 'ភាគច្រើនអង្គការសង្គមស៊ីវិល ហើយតែនៅពេលមានបញ្ហាប៉ុណ្ណោះ។',
      },
    },
    self_protection_action: {
      figures: [{ group: 'all', code: 'no', percent: 46 }],
      note: {
        en: '37 of 80 took no action; 59% of them were CBO staff.',
        km: '៣៧ នាក់ក្នុងចំណោម ៨០ នាក់ មិនបានធ្វើអ្វីទេ។ ៥៩% ក្នុងចំណោមពួកគេ ជាបុគ្គលិក CBO។',
      },
    },
    security_practices: {
      figures: [],
      note: {
        en: 'FNGO 75% and youth 68% prioritise security.',
        km: 'FNGO ៧៥% និងយុវជន ៦៨% ផ្ដល់អាទិភាពលើសុវត្ថិភាព។',
      },
    },
    org_digital_platforms: {
      figures: [
        { group: 'fngo', code: 'website_blog', percent: 50 },
        { group: 'dngo', code: 'website_blog', percent: 63 },
      ],
    },
    website_hosting: {
      figures: [
        { group: 'fngo', code: 'local', percent: 75 },
        { group: 'dngo', code: 'local', percent: 69 },
      ],
    },
    backup_frequency: { figures: [{ group: 'fngo', code: 'daily', percent: 25 }] },
    org_dr_knowledge: {
      figures: [
        { group: 'fngo', code: 'very_weak', percent: 25 },
        { group: 'dngo', code: 'very_weak', percent: 10 },
      ],
    },
    incident_documentation: {
      figures: [],
      note: { en: 'Low overall; DNGO slightly higher.', km: 'ទាបជាទូទៅ។ DNGO ខ្ពស់ជាងបន្តិច។' },
    },
    known_dv_cases: {
      figures: [
        { group: 'dngo', code: 'yes', percent: 20 },
        { group: 'fngo', code: 'yes', percent: 16 },
      ],
    },
    know_dv_handling: {
      figures: [
        { group: 'dngo', code: 'yes', percent: 9 },
        { group: 'youth', code: 'yes', percent: 11 },
      ],
    },
    dv_target_groups: {
      figures: [
        { group: 'fngo', code: 'women_girls', percent: 50 },
        { group: 'dngo', code: 'women_girls', percent: 54 },
      ],
    },
    gov_efforts_enough: {
      figures: [
        { group: 'fngo', code: 'yes', percent: 25 },
        { group: 'dngo', code: 'yes', percent: 11 },
      ],
    },
    policies_effective: {
      figures: [],
      note: {
        en: 'DNGO 11%, elderly 0% (the study does not say clearly which answer these are).',
        km: 'DNGO ១១%, មនុស្សវ័យចំណាស់ ០% (ការសិក្សាមិនបានបញ្ជាក់ច្បាស់ថា ជាចម្លើយមួយណាទេ)។',
      },
    },
    collective_actions: {
      figures: [
        { group: 'fngo', code: 'awareness_campaigns', percent: 75 },
        { group: 'dngo', code: 'awareness_campaigns', percent: 71 },
      ],
    },
    company_strategies: { figures: [{ group: 'all', code: 'raising_awareness', percent: 50 }] },
    awareness_actions: {
      figures: [],
      note: {
        en: 'Campaigns, and training for teachers.',
        km: 'យុទ្ធនាការ និងការបណ្ដុះបណ្ដាលគ្រូបង្រៀន។',
      },
    },
    online_safety_actions: {
      figures: [
        { group: 'fngo', code: 'public_awareness', percent: 75 },
        { group: 'dngo', code: 'public_awareness', percent: 77 },
      ],
    },
    legal_mechanisms: {
      figures: [
        { group: 'fngo', code: 'classify_online_crimes', percent: 100 },
        { group: 'dngo', code: 'classify_online_crimes', percent: 66 },
      ],
    },
    tech_dgbv_actions: {
      figures: [
        { group: 'fngo', code: 'transparency_in_cases', percent: 75 },
        { group: 'dngo', code: 'transparency_in_cases', percent: 71 },
      ],
    },
  },
};
