import { RR_SCHEME, type RrMechanismId } from './rr';

/**
 * The questionnaire, once, as plain data (DESIGN principle 5): the survey page renders it, the record
 * schemas and the indicator tables are derived from it, the collector serves it as JSON and exports
 * the codebook and the XLSForm from it. Ids, codes and groups follow ../shared/STUDY.md.
 *
 * Changing any question, code or rule means a new `version`; wording-only fixes keep it.
 */

export interface Text {
  readonly en: string;
  readonly km: string;
}
export type Lang = keyof Text;

export interface ChoiceDef {
  readonly code: string;
  readonly label: Text;
  /** A code this questionnaire adds to STUDY.md's fixed ones (not comparable with the 2024 study). */
  readonly added?: true;
  /** In a multi question, this code cannot be given together with any other (e.g. "none"). */
  readonly exclusive?: true;
  /** Glossary entries that explain words in the label. */
  readonly terms?: readonly string[];
}

/**
 * When a question (or a whole section) is shown. `anyOf`: only once `question` has been answered with
 * one of these codes. `noneOf`: unless it was answered with one of these (unanswered counts as shown).
 * `trueAnswer`: judged on the participant's true answer on the device, never on the randomized value
 * that is stored and sent, so no record can be checked against it.
 */
export type ShowRule =
  | { readonly question: string; readonly anyOf: readonly string[]; readonly trueAnswer?: true }
  | { readonly question: string; readonly noneOf: readonly string[] };

/**
 * Where an answer goes: `never` (the adult check), the main record's `profile`, the main record's
 * `answers`, or the unlinkable follow-up record's `answers`.
 */
export type SentIn = 'never' | 'profile' | 'main' | 'followup';

export interface QuestionDef {
  readonly id: string;
  readonly kind: 'single' | 'multi';
  readonly sentIn: SentIn;
  readonly text: Text;
  readonly hint?: Text;
  readonly terms?: readonly string[];
  readonly choices: readonly ChoiceDef[];
  readonly showIf?: ShowRule;
  /** Answered through randomized response with this mechanism (see rr.ts). */
  readonly rr?: RrMechanismId;
  /** The adult check: any other answer ends the questionnaire with `message`. */
  readonly gate?: { readonly continueOn: string; readonly message: Text };
}

export interface SectionDef {
  readonly id: string;
  readonly title: Text;
  readonly showIf?: ShowRule;
  readonly questions: readonly QuestionDef[];
}

export interface TermDef {
  readonly term: Text;
  readonly definition: Text;
}

const YES = { code: 'yes', label: { en: 'Yes', km: 'បាទ/ចាស' } } as const;
const NO = { code: 'no', label: { en: 'No', km: 'ទេ' } } as const;
const DONT_KNOW = { code: 'dont_know', label: { en: "I don't know", km: 'ខ្ញុំមិនដឹងទេ' } } as const;
const UNDISCLOSED = { code: 'undisclosed', label: { en: 'Prefer not to say', km: 'មិនចង់ប្រាប់' } } as const;
const GROUP_FIELD_HINT = {
  en: 'Used only to show the results by group. Never with your name.',
  km: 'ប្រើតែដើម្បីបង្ហាញលទ្ធផលតាមក្រុមប៉ុណ្ណោះ។ មិនដែលភ្ជាប់ជាមួយឈ្មោះរបស់អ្នកទេ។',
} as const;

/** Words new readers may not know; questions and choices point here by `terms`. */
export const TERMS = {
  digital_violence: {
    term: { en: 'Digital violence', km: 'អំពើហិង្សាឌីជីថល' },
    definition: {
      en: 'Harm done to someone through phones, the internet or social media: for example threats, harassment, sharing private photos without consent, or spreading lies about them.',
      km: 'ការធ្វើបាប ឬធ្វើឱ្យប៉ះពាល់ដល់នរណាម្នាក់ តាមទូរសព្ទ អ៊ីនធឺណិត ឬបណ្ដាញសង្គម ឧទាហរណ៍ ការគំរាមកំហែង ការយាយី ការចែករំលែករូបថតឯកជនដោយគ្មានការយល់ព្រម ឬការផ្សព្វផ្សាយរឿងមិនពិតអំពីគេ។',
    },
  },
  digital_security_problem: {
    term: { en: 'Digital security problem', km: 'បញ្ហាសុវត្ថិភាពឌីជីថល' },
    definition: {
      en: 'Something that puts your accounts, phone, computer or information at risk: for example someone taking over your account, a virus, or a fake message asking for your password.',
      km: 'អ្វីមួយដែលធ្វើឱ្យគណនី ទូរសព្ទ កុំព្យូទ័រ ឬព័ត៌មានរបស់អ្នក មានហានិភ័យ ឧទាហរណ៍ មាននរណាម្នាក់លួចយកគណនីរបស់អ្នក មេរោគ ឬសារក្លែងក្លាយដែលសុំពាក្យសម្ងាត់របស់អ្នក។',
    },
  },
  mass_reporting: {
    term: { en: 'Mass reporting', km: 'ការរាយការណ៍ជាក្រុម' },
    definition: {
      en: 'Many people report your posts or page at the same time, so that the platform removes them or blocks you, even when you broke no rule.',
      km: 'មនុស្សជាច្រើនរាយការណ៍ (report) ការបង្ហោះ ឬទំព័ររបស់អ្នកក្នុងពេលតែមួយ ដើម្បីឱ្យវេទិកាលុបវាចោល ឬបិទគណនីរបស់អ្នក ទោះបីអ្នកមិនបានបំពានច្បាប់ក៏ដោយ។',
    },
  },
  impersonation: {
    term: { en: 'Impersonation', km: 'ការក្លែងខ្លួន' },
    definition: {
      en: 'Someone pretends to be you, for example with a fake account that uses your name and photos.',
      km: 'នរណាម្នាក់ធ្វើពុតជាអ្នក ឧទាហរណ៍ បង្កើតគណនីក្លែងក្លាយ ដោយប្រើឈ្មោះ និងរូបថតរបស់អ្នក។',
    },
  },
  phishing: {
    term: { en: 'Phishing', km: 'ការបោកបញ្ឆោតតាមអនឡាញ (phishing)' },
    definition: {
      en: 'A fake message or website that looks real and tricks you into giving your password, a code or money.',
      km: 'សារ ឬគេហទំព័រក្លែងក្លាយ ដែលមើលទៅដូចពិត ហើយបោកអ្នកឱ្យផ្ដល់ពាក្យសម្ងាត់ លេខកូដ ឬលុយ។',
    },
  },
  malware: {
    term: { en: 'Malware', km: 'មេរោគកុំព្យូទ័រ (malware)' },
    definition: {
      en: 'A harmful program, such as a virus, that can spy on you, damage your files or take control of your phone or computer.',
      km: 'កម្មវិធីដែលបង្កគ្រោះថ្នាក់ ដូចជាវីរុស ដែលអាចតាមដានអ្នក បំផ្លាញឯកសាររបស់អ្នក ឬគ្រប់គ្រងទូរសព្ទ ឬកុំព្យូទ័ររបស់អ្នក។',
    },
  },
  two_factor: {
    term: { en: 'Two-factor login', km: 'ការចូលគណនីពីរជំហាន' },
    definition: {
      en: 'Besides your password, you also prove it is you with a code from your phone or an app. A stolen password alone is then not enough to get into your account.',
      km: 'ក្រៅពីពាក្យសម្ងាត់ អ្នកត្រូវបញ្ជាក់ថាជាអ្នកពិតប្រាកដ ដោយប្រើលេខកូដពីទូរសព្ទ ឬពីកម្មវិធីមួយ។ ដូច្នេះ បើគេលួចបានតែពាក្យសម្ងាត់ គេនៅតែមិនអាចចូលគណនីរបស់អ្នកបានទេ។',
    },
  },
  password_manager: {
    term: { en: 'Password manager', km: 'កម្មវិធីគ្រប់គ្រងពាក្យសម្ងាត់' },
    definition: {
      en: 'An app that keeps all your passwords locked safely in one place, so that every account can have its own long password.',
      km: 'កម្មវិធីដែលរក្សាទុកពាក្យសម្ងាត់ទាំងអស់របស់អ្នក ដោយចាក់សោយ៉ាងមានសុវត្ថិភាពនៅកន្លែងតែមួយ ដូច្នេះគណនីនីមួយៗអាចមានពាក្យសម្ងាត់វែងផ្ទាល់ខ្លួន។',
    },
  },
  software_updates: {
    term: { en: 'Updates', km: 'ការធ្វើបច្ចុប្បន្នភាព (update)' },
    definition: {
      en: 'New versions of your phone, computer and apps. They close security holes that attackers use.',
      km: 'កំណែថ្មីរបស់ទូរសព្ទ កុំព្យូទ័រ និងកម្មវិធីរបស់អ្នក។ វាបិទចន្លោះប្រហោងសុវត្ថិភាព ដែលអ្នកវាយប្រហារប្រើ។',
    },
  },
  backup: {
    term: { en: 'Back up', km: 'បម្រុងទុក (backup)' },
    definition: {
      en: 'Keep an extra copy of your files in another safe place, so you do not lose them if a phone or computer breaks, is lost or is attacked.',
      km: 'រក្សាទុកច្បាប់ចម្លងបន្ថែមនៃឯកសាររបស់អ្នក នៅកន្លែងមានសុវត្ថិភាពមួយទៀត ដើម្បីកុំឱ្យបាត់បង់ ពេលទូរសព្ទ ឬកុំព្យូទ័រខូច បាត់ ឬត្រូវគេវាយប្រហារ។',
    },
  },
  encrypted_messaging: {
    term: { en: 'Encrypted messaging', km: 'ការផ្ញើសារដែលមានការអ៊ិនគ្រីប' },
    definition: {
      en: 'Messages are scrambled on your phone so that only you and the person you write to can read them.',
      km: 'សារត្រូវបានបំប្លែងជាកូដនៅលើទូរសព្ទរបស់អ្នក ដូច្នេះមានតែអ្នក និងអ្នកដែលអ្នកផ្ញើទៅប៉ុណ្ណោះ ដែលអាចអានបាន។',
    },
  },
  privacy_settings: {
    term: { en: 'Privacy settings', km: 'ការកំណត់ឯកជនភាព' },
    definition: {
      en: 'The choices in an app about who can see your posts, photos and information.',
      km: 'ជម្រើសនៅក្នុងកម្មវិធី ដែលកំណត់ថានរណាអាចមើលឃើញការបង្ហោះ រូបថត និងព័ត៌មានរបស់អ្នក។',
    },
  },
  cso: {
    term: { en: 'Civil-society organisation (CSO)', km: 'អង្គការសង្គមស៊ីវិល' },
    definition: {
      en: 'A group that is not part of the government and does not work for profit, such as an NGO or a community-based organisation.',
      km: 'ក្រុមដែលមិនមែនជាផ្នែករបស់រដ្ឋាភិបាល ហើយមិនធ្វើការដើម្បីរកប្រាក់ចំណេញ ដូចជាអង្គការមិនមែនរដ្ឋាភិបាល ឬអង្គការសហគមន៍មូលដ្ឋាន។',
    },
  },
  website_hosting: {
    term: { en: 'Hosting', km: 'សេវាបង្ហោះគេហទំព័រ (hosting)' },
    definition: {
      en: 'The company and the computers (servers) that keep a website on the internet. They can be in Cambodia or in another country.',
      km: 'ក្រុមហ៊ុន និងកុំព្យូទ័រមេ (server) ដែលធ្វើឱ្យគេហទំព័រមួយមាននៅលើអ៊ីនធឺណិត។ វាអាចនៅកម្ពុជា ឬនៅប្រទេសផ្សេង។',
    },
  },
  digital_rights: {
    term: { en: 'Digital rights', km: 'សិទ្ធិឌីជីថល' },
    definition: {
      en: 'Your human rights when you use phones and the internet, such as privacy, freedom of expression and access to information.',
      km: 'សិទ្ធិមនុស្សរបស់អ្នក ពេលអ្នកប្រើទូរសព្ទ និងអ៊ីនធឺណិត ដូចជាសិទ្ធិឯកជនភាព សេរីភាពនៃការបញ្ចេញមតិ និងសិទ្ធិទទួលបានព័ត៌មាន។',
    },
  },
  security_incident: {
    term: { en: 'Digital security incident', km: 'ឧប្បត្តិហេតុសុវត្ថិភាពឌីជីថល' },
    definition: {
      en: 'An event such as a hacked account, a lost phone with work data on it, a virus, or an online attack on staff.',
      km: 'ព្រឹត្តិការណ៍ដូចជា គណនីត្រូវគេលួច ទូរសព្ទដែលមានទិន្នន័យការងារបាត់ មេរោគ ឬការវាយប្រហារតាមអនឡាញលើបុគ្គលិក។',
    },
  },
  hrd: {
    term: { en: 'Human rights defender', km: 'អ្នកការពារសិទ្ធិមនុស្ស' },
    definition: {
      en: 'Anyone who works peacefully to protect the rights of others, for example a community leader, a lawyer or a land activist.',
      km: 'នរណាក៏ដោយ ដែលធ្វើការដោយសន្តិវិធី ដើម្បីការពារសិទ្ធិរបស់អ្នកដទៃ ឧទាហរណ៍ មេដឹកនាំសហគមន៍ មេធាវី ឬសកម្មជនការពារដីធ្លី។',
    },
  },
  lgbtiq: {
    term: { en: 'LGBTIQ', km: 'LGBTIQ' },
    definition: {
      en: 'Lesbian, gay, bisexual, transgender, intersex and queer people.',
      km: 'ស្ត្រីស្រឡាញ់ស្ត្រី បុរសស្រឡាញ់បុរស អ្នកស្រឡាញ់ភេទទាំងពីរ អ្នកប្ដូរភេទ អ្នកអន្តរភេទ និងអ្នកដែលមានអត្តសញ្ញាណភេទផ្សេងទៀត។',
    },
  },
  dgbv: {
    term: { en: 'Digital gender-based violence', km: 'អំពើហិង្សាផ្អែកលើយេនឌ័រតាមប្រព័ន្ធឌីជីថល' },
    definition: {
      en: 'Digital violence aimed at someone because of their gender, most often at women and girls and at LGBTIQ people.',
      km: 'អំពើហិង្សាឌីជីថល ដែលធ្វើទៅលើនរណាម្នាក់ ដោយសារតែយេនឌ័ររបស់គេ ភាគច្រើនលើស្ត្រី ក្មេងស្រី និងមនុស្ស LGBTIQ។',
    },
  },
  content_moderation: {
    term: { en: 'Content moderation', km: 'ការត្រួតពិនិត្យមាតិកា' },
    definition: {
      en: 'A platform checks posts and removes those that break its rules.',
      km: 'វេទិកាពិនិត្យមើលការបង្ហោះ ហើយលុបចោលការបង្ហោះណាដែលបំពានច្បាប់របស់ខ្លួន។',
    },
  },
  digital_literacy: {
    term: { en: 'Digital literacy', km: 'អក្ខរកម្មឌីជីថល' },
    definition: {
      en: 'The skills to use phones, computers and the internet well and safely.',
      km: 'ជំនាញប្រើប្រាស់ទូរសព្ទ កុំព្យូទ័រ និងអ៊ីនធឺណិតបានល្អ និងមានសុវត្ថិភាព។',
    },
  },
  safety_by_design: {
    term: { en: 'Safety by design', km: 'សុវត្ថិភាពតាំងពីការរចនា' },
    definition: {
      en: 'Building protection into an app from the start, instead of repairing harm after it happens.',
      km: 'ការដាក់មុខងារការពារចូលក្នុងកម្មវិធីតាំងពីដំបូង ជំនួសឱ្យការជួសជុលការខូចខាត បន្ទាប់ពីវាកើតឡើងរួច។',
    },
  },
} as const satisfies Record<string, TermDef>;
export type TermId = keyof typeof TERMS;

const ORG_SECTION_RULE = { question: 'org_type', noneOf: ['none'] } as const;

export const QUESTIONNAIRE = {
  version: 'dhc-2026.1',
  rr: RR_SCHEME,
  /** Shown beside every randomized item and in the preview of the record that will be sent. */
  rrNote: {
    en: 'This answer is protected: the app sometimes sends the other answer on purpose, so the answer sent may differ from the one you chose. No one can be sure what any one person said, yet the shares across many people can still be worked out.',
    km: 'ចម្លើយនេះត្រូវបានការពារ៖ កម្មវិធីពេលខ្លះផ្ញើចម្លើយផ្សេងដោយចេតនា ដូច្នេះចម្លើយដែលបានផ្ញើ អាចខុសពីចម្លើយដែលអ្នកបានជ្រើសរើស។ គ្មាននរណាម្នាក់អាចដឹងច្បាស់ថា មនុស្សម្នាក់ៗបានឆ្លើយអ្វីនោះទេ ប៉ុន្តែគេនៅតែអាចគណនាភាគរយរបស់មនុស្សច្រើននាក់បាន។',
  },
  sections: [
    {
      id: 'about',
      title: { en: 'About you', km: 'អំពីអ្នក' },
      questions: [
        {
          id: 'adult',
          kind: 'single',
          sentIn: 'never',
          text: { en: 'Are you 18 or older?', km: 'តើអ្នកមានអាយុ ១៨ ឆ្នាំ ឬច្រើនជាងនេះឬទេ?' },
          choices: [
            {
              code: 'yes',
              label: { en: 'Yes, I am 18 or older', km: 'បាទ/ចាស ខ្ញុំមានអាយុ ១៨ ឆ្នាំ ឬច្រើនជាងនេះ' },
            },
            { code: 'no', label: { en: 'No, I am younger than 18', km: 'ទេ ខ្ញុំមានអាយុតិចជាង ១៨ ឆ្នាំ' } },
          ],
          gate: {
            continueOn: 'yes',
            message: {
              en: 'Thank you for your interest. This questionnaire is for adults only. Everything else in Digital Hygiene Check is still yours to use.',
              km: 'សូមអរគុណចំពោះការចាប់អារម្មណ៍របស់អ្នក។ កម្រងសំណួរនេះ សម្រាប់តែមនុស្សពេញវ័យប៉ុណ្ណោះ។ អ្នកនៅតែអាចប្រើមុខងារផ្សេងទៀតទាំងអស់ របស់កម្មវិធីនេះបាន។',
            },
          },
        },
        {
          id: 'org_type',
          kind: 'single',
          sentIn: 'profile',
          text: {
            en: 'What kind of organisation do you work or volunteer with?',
            km: 'តើអ្នកធ្វើការ ឬស្ម័គ្រចិត្ត ជាមួយអង្គការប្រភេទណា?',
          },
          hint: {
            en: 'If more than one, choose the main one. Used only to show the results by group.',
            km: 'បើមានច្រើនជាងមួយ សូមជ្រើសរើសអង្គការចម្បង។ ប្រើតែដើម្បីបង្ហាញលទ្ធផលតាមក្រុមប៉ុណ្ណោះ។',
          },
          terms: ['cso'],
          choices: [
            {
              code: 'fngo',
              label: { en: 'International or foreign NGO', km: 'អង្គការមិនមែនរដ្ឋាភិបាលអន្តរជាតិ ឬបរទេស' },
            },
            {
              code: 'dngo',
              label: { en: 'Cambodian (local) NGO', km: 'អង្គការមិនមែនរដ្ឋាភិបាលក្នុងស្រុក (កម្ពុជា)' },
            },
            {
              code: 'cbo',
              label: { en: 'Community-based organisation (CBO)', km: 'អង្គការសហគមន៍មូលដ្ឋាន (CBO)' },
            },
            {
              code: 'none',
              label: {
                en: 'No organisation (for example, a youth participant)',
                km: 'មិនមែនជាសមាជិកអង្គការណាមួយទេ (ឧទាហរណ៍ យុវជនដែលចូលរួម)',
              },
            },
            UNDISCLOSED,
          ],
        },
        {
          id: 'age_band',
          kind: 'single',
          sentIn: 'profile',
          text: { en: 'How old are you?', km: 'តើអ្នកមានអាយុប៉ុន្មាន?' },
          hint: GROUP_FIELD_HINT,
          choices: [
            { code: '18_30', label: { en: '18 to 30', km: '១៨ ដល់ ៣០ ឆ្នាំ' } },
            { code: '31_59', label: { en: '31 to 59', km: '៣១ ដល់ ៥៩ ឆ្នាំ' } },
            { code: '60_plus', label: { en: '60 or older', km: '៦០ ឆ្នាំ ឬច្រើនជាងនេះ' } },
            UNDISCLOSED,
          ],
        },
        {
          id: 'gender',
          kind: 'single',
          sentIn: 'profile',
          text: { en: 'What is your gender?', km: 'តើអ្នកជាភេទអ្វី?' },
          hint: GROUP_FIELD_HINT,
          choices: [
            { code: 'female', label: { en: 'Woman', km: 'ស្រី' } },
            { code: 'male', label: { en: 'Man', km: 'ប្រុស' } },
            { code: 'other', label: { en: 'Another gender', km: 'ភេទផ្សេងទៀត' } },
            UNDISCLOSED,
          ],
        },
      ],
    },
    {
      id: 'internet',
      title: { en: 'Internet and social media', km: 'អ៊ីនធឺណិត និងបណ្ដាញសង្គម' },
      questions: [
        {
          id: 'internet_access',
          kind: 'single',
          sentIn: 'main',
          text: { en: 'Can you use the internet?', km: 'តើអ្នកអាចប្រើអ៊ីនធឺណិតបានទេ?' },
          hint: {
            en: 'At home, at work, on your phone or anywhere else.',
            km: 'នៅផ្ទះ នៅកន្លែងធ្វើការ តាមទូរសព្ទ ឬនៅកន្លែងផ្សេងទៀត។',
          },
          choices: [YES, NO],
        },
        {
          id: 'internet_sources',
          kind: 'multi',
          sentIn: 'main',
          showIf: { question: 'internet_access', anyOf: ['yes'] },
          text: { en: 'Where do you connect to the internet?', km: 'តើអ្នកភ្ជាប់អ៊ីនធឺណិតនៅកន្លែងណាខ្លះ?' },
          choices: [
            { code: 'home', label: { en: 'At home', km: 'នៅផ្ទះ' } },
            { code: 'workplace', label: { en: 'At work', km: 'នៅកន្លែងធ្វើការ' } },
            {
              code: 'mobile_data',
              label: { en: 'Mobile data on my phone', km: 'អ៊ីនធឺណិតពីស៊ីមកាតទូរសព្ទរបស់ខ្ញុំ (mobile data)' },
            },
            {
              code: 'public_wifi',
              label: {
                en: 'Public Wi-Fi (café, school, market…)',
                km: 'Wi-Fi សាធារណៈ (ហាងកាហ្វេ សាលារៀន ផ្សារ…)',
              },
            },
            { code: 'other', label: { en: 'Somewhere else', km: 'កន្លែងផ្សេងទៀត' } },
          ],
        },
        {
          id: 'social_networks',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'Which social networks and messaging apps do you use?',
            km: 'តើអ្នកប្រើបណ្ដាញសង្គម និងកម្មវិធីផ្ញើសារណាខ្លះ?',
          },
          choices: [
            { code: 'facebook', label: { en: 'Facebook', km: 'Facebook' } },
            { code: 'messenger', label: { en: 'Messenger', km: 'Messenger' } },
            { code: 'telegram', label: { en: 'Telegram', km: 'Telegram' } },
            { code: 'tiktok', label: { en: 'TikTok', km: 'TikTok' } },
            { code: 'youtube', label: { en: 'YouTube', km: 'YouTube' } },
            { code: 'instagram', label: { en: 'Instagram', km: 'Instagram' } },
            { code: 'x', label: { en: 'X (Twitter)', km: 'X (Twitter)' } },
            { code: 'linkedin', label: { en: 'LinkedIn', km: 'LinkedIn' } },
            { code: 'whatsapp', label: { en: 'WhatsApp', km: 'WhatsApp' } },
            { code: 'signal', label: { en: 'Signal', km: 'Signal' } },
            { code: 'other', label: { en: 'Another one', km: 'ផ្សេងទៀត' } },
            {
              code: 'none',
              label: { en: 'I use none of them', km: 'ខ្ញុំមិនប្រើណាមួយទេ' },
              added: true,
              exclusive: true,
            },
          ],
        },
        {
          id: 'personal_data_published',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'Which of these about you have you put online where others can see them?',
            km: 'តើព័ត៌មានណាខ្លះខាងក្រោមអំពីខ្លួនអ្នក ដែលអ្នកបានដាក់លើអ៊ីនធឺណិត ហើយអ្នកដទៃអាចមើលឃើញ?',
          },
          choices: [
            { code: 'name', label: { en: 'My real name', km: 'ឈ្មោះពិតរបស់ខ្ញុំ' } },
            { code: 'photo', label: { en: 'Photos of me', km: 'រូបថតរបស់ខ្ញុំ' } },
            { code: 'age', label: { en: 'My age or birthday', km: 'អាយុ ឬថ្ងៃខែឆ្នាំកំណើតរបស់ខ្ញុំ' } },
            { code: 'phone', label: { en: 'My phone number', km: 'លេខទូរសព្ទរបស់ខ្ញុំ' } },
            { code: 'email', label: { en: 'My email address', km: 'អាសយដ្ឋានអ៊ីមែលរបស់ខ្ញុំ' } },
            { code: 'address', label: { en: 'Where I live', km: 'ទីកន្លែងដែលខ្ញុំរស់នៅ' } },
            { code: 'workplace', label: { en: 'Where I work', km: 'កន្លែងដែលខ្ញុំធ្វើការ' } },
            {
              code: 'none',
              label: { en: 'None of these', km: 'មិនមានណាមួយក្នុងចំណោមទាំងនេះទេ' },
              exclusive: true,
            },
          ],
        },
        {
          id: 'published_hr_politics',
          kind: 'single',
          sentIn: 'main',
          rr: 'rr2-e2',
          text: {
            en: 'Have you published anything online about human rights, politics or social issues?',
            km: 'តើអ្នកធ្លាប់ផ្សព្វផ្សាយអ្វីមួយលើអ៊ីនធឺណិត អំពីសិទ្ធិមនុស្ស នយោបាយ ឬបញ្ហាសង្គមដែរឬទេ?',
          },
          choices: [YES, NO],
        },
      ],
    },
    {
      id: 'security',
      title: { en: 'Security experiences', km: 'បទពិសោធន៍ផ្នែកសុវត្ថិភាពឌីជីថល' },
      questions: [
        {
          id: 'security_problem_last_year',
          kind: 'single',
          sentIn: 'main',
          rr: 'rr2-e2',
          text: {
            en: 'In the last 12 months, did you have a digital security problem or suffer digital violence?',
            km: 'ក្នុងរយៈពេល ១២ ខែចុងក្រោយនេះ តើអ្នកបានជួបបញ្ហាសុវត្ថិភាពឌីជីថល ឬរងអំពើហិង្សាឌីជីថលដែរឬទេ?',
          },
          terms: ['digital_security_problem', 'digital_violence'],
          choices: [YES, NO],
        },
        {
          id: 'security_problem_types',
          kind: 'multi',
          sentIn: 'followup',
          showIf: { question: 'security_problem_last_year', anyOf: ['yes'], trueAnswer: true },
          text: { en: 'Which problems did you have?', km: 'តើអ្នកបានជួបបញ្ហាអ្វីខ្លះ?' },
          choices: [
            {
              code: 'account_theft',
              label: { en: 'Someone took over one of my accounts', km: 'មាននរណាម្នាក់បានលួចយកគណនីមួយរបស់ខ្ញុំ' },
            },
            {
              code: 'post_reported',
              label: {
                en: 'My posts or page were reported to get them removed',
                km: 'ការបង្ហោះ ឬទំព័ររបស់ខ្ញុំ ត្រូវគេរាយការណ៍ (report) ដើម្បីឱ្យវាត្រូវបានលុបចោល',
              },
              terms: ['mass_reporting'],
            },
            {
              code: 'impersonation',
              label: { en: 'Someone pretended to be me online', km: 'មាននរណាម្នាក់ក្លែងខ្លួនជាខ្ញុំ នៅលើអ៊ីនធឺណិត' },
              terms: ['impersonation'],
            },
            {
              code: 'harassment',
              label: {
                en: 'Harassment, threats or insults online',
                km: 'ការយាយី ការគំរាមកំហែង ឬការជេរប្រមាថ នៅលើអ៊ីនធឺណិត',
              },
            },
            {
              code: 'phishing_scam',
              label: {
                en: 'A scam or fake message to get my password or money',
                km: 'ការបោកប្រាស់ ឬសារក្លែងក្លាយ ដើម្បីយកពាក្យសម្ងាត់ ឬលុយរបស់ខ្ញុំ',
              },
              terms: ['phishing'],
            },
            {
              code: 'malware',
              label: {
                en: 'A virus or harmful app on my phone or computer',
                km: 'មេរោគ ឬកម្មវិធីគ្រោះថ្នាក់ នៅលើទូរសព្ទ ឬកុំព្យូទ័ររបស់ខ្ញុំ',
              },
              terms: ['malware'],
            },
            { code: 'other', label: { en: 'Another problem', km: 'បញ្ហាផ្សេងទៀត' } },
          ],
        },
        {
          id: 'security_problem_frequency',
          kind: 'single',
          sentIn: 'followup',
          showIf: { question: 'security_problem_last_year', anyOf: ['yes'], trueAnswer: true },
          text: {
            en: 'In the last 12 months, how often did such problems happen to you?',
            km: 'ក្នុងរយៈពេល ១២ ខែចុងក្រោយនេះ តើបញ្ហាបែបនេះកើតឡើងចំពោះអ្នកញឹកញាប់ប៉ុណ្ណា?',
          },
          choices: [
            { code: 'rarely', label: { en: 'Rarely (once a year)', km: 'កម្រ (ម្ដងក្នុងមួយឆ្នាំ)' } },
            {
              code: 'occasionally',
              label: { en: 'Occasionally (twice a year)', km: 'ម្ដងម្កាល (ពីរដងក្នុងមួយឆ្នាំ)' },
            },
            {
              code: 'several',
              label: { en: 'Several times (3 to 11 times a year)', km: 'ច្រើនដង (៣ ដល់ ១១ ដងក្នុងមួយឆ្នាំ)' },
            },
            {
              code: 'often',
              label: { en: 'Often (every month or more)', km: 'ញឹកញាប់ (រៀងរាល់ខែ ឬច្រើនជាងនេះ)' },
            },
          ],
        },
        {
          id: 'help_sought_from',
          kind: 'multi',
          sentIn: 'followup',
          showIf: { question: 'security_problem_last_year', anyOf: ['yes'], trueAnswer: true },
          text: { en: 'Who did you ask for help?', km: 'តើអ្នកបានសុំជំនួយពីនរណាខ្លះ?' },
          choices: [
            {
              code: 'cso',
              label: {
                en: 'A civil-society organisation (an NGO or CBO)',
                km: 'អង្គការសង្គមស៊ីវិល (អង្គការមិនមែនរដ្ឋាភិបាល ឬអង្គការសហគមន៍មូលដ្ឋាន)',
              },
              terms: ['cso'],
            },
            { code: 'friends_family', label: { en: 'Friends or family', km: 'មិត្តភក្តិ ឬក្រុមគ្រួសារ' } },
            {
              code: 'platform',
              label: {
                en: 'The app or website itself (for example Facebook’s help or report pages)',
                km: 'កម្មវិធី ឬគេហទំព័រនោះផ្ទាល់ (ឧទាហរណ៍ ទំព័រជំនួយ ឬទំព័ររាយការណ៍របស់ Facebook)',
              },
            },
            {
              code: 'authorities',
              label: { en: 'Police or other authorities', km: 'នគរបាល ឬអាជ្ញាធរផ្សេងទៀត' },
            },
            {
              code: 'it_staff',
              label: {
                en: 'IT staff at my organisation',
                km: 'បុគ្គលិកផ្នែកព័ត៌មានវិទ្យា (IT) នៅអង្គការរបស់ខ្ញុំ',
              },
            },
            { code: 'helpline', label: { en: 'A helpline or hotline', km: 'ខ្សែទូរសព្ទជំនួយ (hotline)' } },
            {
              code: 'nobody',
              label: { en: 'I did not ask anyone', km: 'ខ្ញុំមិនបានសុំជំនួយពីនរណាទេ' },
              exclusive: true,
            },
          ],
        },
        {
          id: 'self_protection_action',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: 'Do you do anything to protect yourself online?',
            km: 'តើអ្នកធ្វើអ្វីមួយ ដើម្បីការពារខ្លួននៅលើអ៊ីនធឺណិតដែរឬទេ?',
          },
          choices: [YES, NO],
        },
        {
          id: 'security_practices',
          kind: 'multi',
          sentIn: 'main',
          text: { en: 'Which of these do you do?', km: 'តើអ្នកធ្វើអ្វីខ្លះ ក្នុងចំណោមទាំងនេះ?' },
          choices: [
            {
              code: 'strong_passwords',
              label: {
                en: 'Use long passwords, a different one for each account',
                km: 'ប្រើពាក្យសម្ងាត់វែង ហើយខុសៗគ្នាសម្រាប់គណនីនីមួយៗ',
              },
            },
            {
              code: 'two_factor',
              label: { en: 'Turn on two-factor login', km: 'បើកការចូលគណនីពីរជំហាន' },
              terms: ['two_factor'],
            },
            {
              code: 'password_manager',
              label: { en: 'Use a password manager', km: 'ប្រើកម្មវិធីគ្រប់គ្រងពាក្យសម្ងាត់' },
              terms: ['password_manager'],
            },
            {
              code: 'updates',
              label: {
                en: 'Install updates on my phone, computer and apps',
                km: 'ធ្វើបច្ចុប្បន្នភាព (update) ទូរសព្ទ កុំព្យូទ័រ និងកម្មវិធីរបស់ខ្ញុំ',
              },
              terms: ['software_updates'],
            },
            {
              code: 'antivirus',
              label: { en: 'Use antivirus software', km: 'ប្រើកម្មវិធីកម្ចាត់មេរោគ (antivirus)' },
            },
            {
              code: 'backups',
              label: { en: 'Back up my files', km: 'បម្រុងទុកឯកសាររបស់ខ្ញុំ' },
              terms: ['backup'],
            },
            {
              code: 'encrypted_messaging',
              label: {
                en: 'Use encrypted messaging apps (for example Signal)',
                km: 'ប្រើកម្មវិធីផ្ញើសារដែលមានការអ៊ិនគ្រីប (ឧទាហរណ៍ Signal)',
              },
              terms: ['encrypted_messaging'],
            },
            {
              code: 'privacy_settings',
              label: { en: 'Check my privacy settings', km: 'ពិនិត្យការកំណត់ឯកជនភាពរបស់ខ្ញុំ' },
              terms: ['privacy_settings'],
            },
            {
              code: 'none',
              label: { en: 'None of these', km: 'មិនធ្វើណាមួយក្នុងចំណោមទាំងនេះទេ' },
              added: true,
              exclusive: true,
            },
          ],
        },
      ],
    },
    {
      id: 'organisation',
      title: { en: 'Your organisation', km: 'អង្គការរបស់អ្នក' },
      showIf: ORG_SECTION_RULE,
      questions: [
        {
          id: 'org_digital_platforms',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'Which digital platforms does your organisation use?',
            km: 'តើអង្គការរបស់អ្នកប្រើវេទិកាឌីជីថលអ្វីខ្លះ?',
          },
          choices: [
            { code: 'website_blog', label: { en: 'A website or blog', km: 'គេហទំព័រ ឬប្លុក' } },
            { code: 'facebook_page', label: { en: 'A Facebook page', km: 'ទំព័រ Facebook' } },
            { code: 'telegram_channel', label: { en: 'A Telegram channel', km: 'ឆានែល Telegram' } },
            { code: 'youtube', label: { en: 'A YouTube channel', km: 'ឆានែល YouTube' } },
            { code: 'tiktok', label: { en: 'A TikTok account', km: 'គណនី TikTok' } },
            {
              code: 'email_newsletter',
              label: { en: 'An email newsletter', km: 'ព្រឹត្តិបត្រព័ត៌មានតាមអ៊ីមែល' },
            },
            { code: 'none', label: { en: 'None of these', km: 'មិនប្រើណាមួយទេ' }, exclusive: true },
          ],
        },
        {
          id: 'website_hosting',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: "Where is your organisation's website hosted?",
            km: 'តើគេហទំព័ររបស់អង្គការអ្នក ត្រូវបានបង្ហោះ (hosting) នៅប្រទេសណា?',
          },
          terms: ['website_hosting'],
          choices: [
            { code: 'local', label: { en: 'In Cambodia', km: 'នៅកម្ពុជា' } },
            { code: 'abroad', label: { en: 'In another country', km: 'នៅប្រទេសផ្សេង' } },
            DONT_KNOW,
            { code: 'no_website', label: { en: 'We have no website', km: 'អង្គការយើងគ្មានគេហទំព័រទេ' } },
          ],
        },
        {
          id: 'backup_frequency',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: "How often are your organisation's files and data backed up?",
            km: 'តើឯកសារ និងទិន្នន័យរបស់អង្គការអ្នក ត្រូវបានបម្រុងទុកញឹកញាប់ប៉ុណ្ណា?',
          },
          terms: ['backup'],
          choices: [
            { code: 'daily', label: { en: 'Every day', km: 'រៀងរាល់ថ្ងៃ' } },
            { code: 'weekly', label: { en: 'Every week', km: 'រៀងរាល់សប្ដាហ៍' } },
            { code: 'monthly', label: { en: 'Every month', km: 'រៀងរាល់ខែ' } },
            { code: 'rarely', label: { en: 'Less than once a month', km: 'តិចជាងម្ដងក្នុងមួយខែ' } },
            { code: 'never', label: { en: 'Never', km: 'មិនដែលសោះ' } },
            DONT_KNOW,
          ],
        },
        {
          id: 'org_dr_knowledge',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: "How good is your organisation's knowledge and handling of digital rights issues?",
            km: 'តើចំណេះដឹង និងការដោះស្រាយបញ្ហាសិទ្ធិឌីជីថល របស់អង្គការអ្នក ល្អកម្រិតណា?',
          },
          terms: ['digital_rights'],
          choices: [
            { code: 'very_weak', label: { en: 'Very weak', km: 'ខ្សោយណាស់' } },
            { code: 'weak', label: { en: 'Weak', km: 'ខ្សោយ' } },
            { code: 'moderate', label: { en: 'Moderate', km: 'មធ្យម' } },
            { code: 'strong', label: { en: 'Strong', km: 'ល្អ' } },
            { code: 'very_strong', label: { en: 'Very strong', km: 'ល្អណាស់' } },
          ],
        },
        {
          id: 'incident_documentation',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: 'Does your organisation keep a written record of digital security incidents?',
            km: 'តើអង្គការរបស់អ្នក កត់ត្រាទុកជាលាយលក្ខណ៍អក្សរ នូវឧប្បត្តិហេតុសុវត្ថិភាពឌីជីថលដែរឬទេ?',
          },
          terms: ['security_incident'],
          choices: [YES, NO, DONT_KNOW],
        },
        {
          id: 'collective_actions',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'What does your organisation do, with others, against digital violence?',
            km: 'តើអង្គការរបស់អ្នក ធ្វើអ្វីខ្លះរួមគ្នាជាមួយអ្នកដទៃ ដើម្បីប្រឆាំងនឹងអំពើហិង្សាឌីជីថល?',
          },
          terms: ['digital_violence'],
          choices: [
            {
              code: 'awareness_campaigns',
              label: { en: 'Awareness and education campaigns', km: 'យុទ្ធនាការផ្សព្វផ្សាយ និងអប់រំ' },
            },
            { code: 'training', label: { en: 'Training', km: 'វគ្គបណ្ដុះបណ្ដាល' } },
            {
              code: 'advocacy',
              label: {
                en: 'Advocacy for better laws and policies',
                km: 'ការតស៊ូមតិ ដើម្បីច្បាប់ និងគោលនយោបាយល្អជាងមុន',
              },
            },
            { code: 'victim_support', label: { en: 'Support for victims', km: 'ការគាំទ្រជនរងគ្រោះ' } },
            {
              code: 'networking',
              label: {
                en: 'Working in networks with other organisations',
                km: 'ការធ្វើការជាបណ្ដាញ ជាមួយអង្គការដទៃ',
              },
            },
            { code: 'none', label: { en: 'None of these', km: 'មិនធ្វើណាមួយទេ' }, exclusive: true },
          ],
        },
      ],
    },
    {
      id: 'opinions',
      title: { en: 'Opinions and proposals', km: 'មតិ និងសំណើ' },
      questions: [
        {
          id: 'known_dv_cases',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: 'Do you know of cases of digital violence in your organisation or among the people you work with?',
            km: 'តើអ្នកដឹងពីករណីអំពើហិង្សាឌីជីថល នៅក្នុងអង្គការរបស់អ្នក ឬក្នុងចំណោមមនុស្សដែលអ្នកធ្វើការជាមួយដែរឬទេ?',
          },
          terms: ['digital_violence'],
          choices: [YES, NO],
        },
        {
          id: 'know_dv_handling',
          kind: 'single',
          sentIn: 'main',
          text: {
            en: 'Do you know how cases of digital violence are handled (where to report, what happens next)?',
            km: 'តើអ្នកដឹងទេថា ករណីអំពើហិង្សាឌីជីថលត្រូវបានដោះស្រាយយ៉ាងដូចម្ដេច (រាយការណ៍នៅឯណា និងមានអ្វីកើតឡើងបន្ទាប់)?',
          },
          choices: [YES, NO],
        },
        {
          id: 'dv_target_groups',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'In your view, who are most often the victims of digital violence?',
            km: 'តាមគំនិតរបស់អ្នក តើនរណាខ្លះ ដែលរងអំពើហិង្សាឌីជីថលញឹកញាប់ជាងគេ?',
          },
          terms: ['digital_violence'],
          choices: [
            {
              code: 'women_girls',
              label: {
                en: "Women and girls, including women's rights groups and advocates",
                km: 'ស្ត្រី និងក្មេងស្រី រួមទាំងអង្គការ និងអ្នកតស៊ូមតិផ្នែកសិទ្ធិស្ត្រី',
              },
            },
            {
              code: 'hrds_activists',
              label: { en: 'Human rights defenders and activists', km: 'អ្នកការពារសិទ្ធិមនុស្ស និងសកម្មជន' },
              terms: ['hrd'],
            },
            { code: 'journalists', label: { en: 'Journalists', km: 'អ្នកសារព័ត៌មាន' } },
            { code: 'youth', label: { en: 'Young people', km: 'យុវជន' } },
            { code: 'lgbtiq', label: { en: 'LGBTIQ people', km: 'មនុស្ស LGBTIQ' }, terms: ['lgbtiq'] },
            {
              code: 'ethnic_minorities',
              label: { en: 'Ethnic minorities and Indigenous peoples', km: 'ជនជាតិភាគតិច និងជនជាតិដើមភាគតិច' },
            },
            { code: 'other', label: { en: 'Other people', km: 'អ្នកផ្សេងទៀត' } },
            { ...DONT_KNOW, added: true, exclusive: true },
          ],
        },
        {
          id: 'gov_efforts_enough',
          kind: 'single',
          sentIn: 'main',
          rr: 'rr3-e2',
          text: {
            en: 'Is the government doing enough to prevent and deal with digital violence?',
            km: 'តើរដ្ឋាភិបាលកំពុងធ្វើគ្រប់គ្រាន់ ដើម្បីបង្ការ និងដោះស្រាយអំពើហិង្សាឌីជីថលដែរឬទេ?',
          },
          choices: [YES, NO, DONT_KNOW],
        },
        {
          id: 'policies_effective',
          kind: 'single',
          sentIn: 'main',
          rr: 'rr3-e2',
          text: {
            en: 'Do the current laws and rules protect people well from digital violence?',
            km: 'តើច្បាប់ និងបទប្បញ្ញត្តិបច្ចុប្បន្ន ការពារមនុស្សពីអំពើហិង្សាឌីជីថលបានល្អដែរឬទេ?',
          },
          choices: [YES, NO, DONT_KNOW],
        },
        {
          id: 'company_strategies',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'What do you see technology companies (such as Facebook or TikTok) doing about digital violence?',
            km: 'តើអ្នកឃើញក្រុមហ៊ុនបច្ចេកវិទ្យា (ដូចជា Facebook ឬ TikTok) កំពុងធ្វើអ្វីខ្លះ ចំពោះអំពើហិង្សាឌីជីថល?',
          },
          choices: [
            { code: 'raising_awareness', label: { en: 'Raising awareness', km: 'លើកកម្ពស់ការយល់ដឹង' } },
            {
              code: 'content_moderation',
              label: { en: 'Removing harmful posts', km: 'លុបការបង្ហោះដែលបង្កគ្រោះថ្នាក់' },
              terms: ['content_moderation'],
            },
            {
              code: 'reporting_tools',
              label: { en: 'Tools to report abuse', km: 'មុខងាររាយការណ៍ (report) ការបំពាន' },
            },
            {
              code: 'transparency',
              label: {
                en: 'Being open about what they do (transparency)',
                km: 'បើកចំហអំពីអ្វីដែលពួកគេធ្វើ (តម្លាភាព)',
              },
            },
            { ...DONT_KNOW, exclusive: true },
          ],
        },
        {
          id: 'awareness_actions',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'What would help raise awareness of digital violence?',
            km: 'តើអ្វីខ្លះអាចជួយលើកកម្ពស់ការយល់ដឹងអំពីអំពើហិង្សាឌីជីថល?',
          },
          choices: [
            { code: 'campaigns', label: { en: 'Awareness campaigns', km: 'យុទ្ធនាការផ្សព្វផ្សាយ' } },
            {
              code: 'teacher_training',
              label: {
                en: 'Training for teachers and school staff',
                km: 'វគ្គបណ្ដុះបណ្ដាលសម្រាប់គ្រូបង្រៀន និងបុគ្គលិកសាលា',
              },
            },
            {
              code: 'school_curriculum',
              label: { en: 'Lessons in the school curriculum', km: 'មេរៀននៅក្នុងកម្មវិធីសិក្សានៅសាលារៀន' },
            },
            {
              code: 'community_sessions',
              label: { en: 'Sessions in communities', km: 'កិច្ចប្រជុំផ្សព្វផ្សាយនៅក្នុងសហគមន៍' },
            },
            {
              code: 'media',
              label: { en: 'TV, radio and online media', km: 'ទូរទស្សន៍ វិទ្យុ និងប្រព័ន្ធផ្សព្វផ្សាយអនឡាញ' },
            },
          ],
        },
        {
          id: 'online_safety_actions',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'What would make people safer online?',
            km: 'តើអ្វីខ្លះនឹងធ្វើឱ្យមនុស្សមានសុវត្ថិភាពជាងមុន នៅលើអ៊ីនធឺណិត?',
          },
          choices: [
            {
              code: 'public_awareness',
              label: {
                en: 'Public awareness campaigns',
                km: 'យុទ្ធនាការលើកកម្ពស់ការយល់ដឹងជាសាធារណៈ',
              },
            },
            {
              code: 'digital_literacy_training',
              label: {
                en: 'Training in digital skills and safety',
                km: 'វគ្គបណ្ដុះបណ្ដាលជំនាញ និងសុវត្ថិភាពឌីជីថល',
              },
              terms: ['digital_literacy'],
            },
            {
              code: 'better_reporting',
              label: {
                en: 'Easier ways to report abuse',
                km: 'មធ្យោបាយងាយស្រួលជាងមុន ដើម្បីរាយការណ៍ការបំពាន',
              },
            },
            { code: 'stronger_laws', label: { en: 'Stronger laws', km: 'ច្បាប់ដែលរឹងមាំជាងមុន' } },
            {
              code: 'platform_accountability',
              label: {
                en: 'Making online platforms answer for harm',
                km: 'ធ្វើឱ្យវេទិកាអនឡាញ ទទួលខុសត្រូវចំពោះការខូចខាត',
              },
            },
          ],
        },
        {
          id: 'legal_mechanisms',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'Which laws or legal measures are needed?',
            km: 'តើត្រូវការច្បាប់ ឬវិធានការផ្លូវច្បាប់អ្វីខ្លះ?',
          },
          choices: [
            {
              code: 'classify_online_crimes',
              label: {
                en: 'Clear definitions of crimes committed online',
                km: 'ការកំណត់ឱ្យច្បាស់ នូវបទល្មើសដែលប្រព្រឹត្តនៅលើអ៊ីនធឺណិត',
              },
            },
            { code: 'victim_protection', label: { en: 'Protection for victims', km: 'ការការពារជនរងគ្រោះ' } },
            {
              code: 'data_protection_law',
              label: { en: 'A law to protect personal data', km: 'ច្បាប់ការពារទិន្នន័យផ្ទាល់ខ្លួន' },
            },
            {
              code: 'platform_liability',
              label: {
                en: 'Making platforms responsible for harm done on them',
                km: 'ធ្វើឱ្យវេទិកាអនឡាញ ទទួលខុសត្រូវចំពោះការខូចខាត ដែលកើតឡើងនៅលើវេទិការបស់ខ្លួន',
              },
            },
          ],
        },
        {
          id: 'tech_dgbv_actions',
          kind: 'multi',
          sentIn: 'main',
          text: {
            en: 'What should technology companies do to reduce digital gender-based violence?',
            km: 'តើក្រុមហ៊ុនបច្ចេកវិទ្យាគួរធ្វើអ្វីខ្លះ ដើម្បីកាត់បន្ថយអំពើហិង្សាផ្អែកលើយេនឌ័រតាមប្រព័ន្ធឌីជីថល?',
          },
          terms: ['dgbv'],
          choices: [
            {
              code: 'transparency_in_cases',
              label: { en: 'Be open about how they handle cases', km: 'បើកចំហអំពីរបៀបដែលពួកគេដោះស្រាយករណី' },
            },
            {
              code: 'faster_response',
              label: { en: 'Respond faster to reports', km: 'ឆ្លើយតបលឿនជាងមុន ចំពោះការរាយការណ៍' },
            },
            {
              code: 'local_language_support',
              label: {
                en: 'Give help in Khmer and other local languages',
                km: 'ផ្ដល់ជំនួយជាភាសាខ្មែរ និងភាសាក្នុងស្រុកផ្សេងទៀត',
              },
            },
            {
              code: 'safety_by_design',
              label: {
                en: 'Build safety into their apps from the start',
                km: 'ដាក់សុវត្ថិភាពចូលក្នុងកម្មវិធីរបស់ពួកគេតាំងពីដំបូង',
              },
              terms: ['safety_by_design'],
            },
          ],
        },
      ],
    },
  ],
  terms: TERMS,
} as const satisfies {
  readonly version: string;
  readonly rr: { readonly id: string };
  readonly rrNote: Text;
  readonly sections: readonly SectionDef[];
  readonly terms: Record<string, TermDef>;
};

type AnySection = (typeof QUESTIONNAIRE)['sections'][number];
type AnyQuestion = AnySection['questions'][number];
export type SectionId = AnySection['id'];
export type QuestionId = AnyQuestion['id'];
export type Question<I extends QuestionId = QuestionId> = Extract<AnyQuestion, { id: I }>;
export type Code<I extends QuestionId> = Question<I>['choices'][number]['code'];
/** What an answer to question `I` looks like: one code, or a list of codes for a multi question. */
export type Answer<I extends QuestionId> = Question<I> extends { kind: 'multi' } ? Code<I>[] : Code<I>;

export type ProfileField = Extract<AnyQuestion, { sentIn: 'profile' }>['id'];
export type MainQuestionId = Extract<AnyQuestion, { sentIn: 'main' }>['id'];
export type FollowupQuestionId = Extract<AnyQuestion, { sentIn: 'followup' }>['id'];
/** Every question that is also an indicator (STUDY.md: "the id is both the question's and the indicator's"). */
export type IndicatorId = MainQuestionId | FollowupQuestionId;

export type Profile = { [F in ProfileField]: Code<F> };
/** The "prefer not to say" code every profile field has; a skipped profile field is sent as it. */
export const PROFILE_UNDISCLOSED = 'undisclosed';

/** A question as the rest of the code sees it: the plain definition, its typed id and its section. */
export type QuestionEntry = QuestionDef & { readonly id: QuestionId; readonly section: SectionId };

/** Every question in questionnaire order. */
export const QUESTIONS: readonly QuestionEntry[] = QUESTIONNAIRE.sections.flatMap((section) =>
  section.questions.map((question) => ({
    ...(question as QuestionDef),
    id: question.id,
    section: section.id,
  })),
);

const byId = new Map(QUESTIONS.map((question) => [question.id as string, question]));
const sectionById = new Map<string, SectionDef>(
  QUESTIONNAIRE.sections.map((section) => [section.id, section]),
);

export function findQuestion(id: string): QuestionEntry | undefined {
  return byId.get(id);
}

export function questionsSentIn(sentIn: SentIn): readonly QuestionEntry[] {
  return QUESTIONS.filter((question) => question.sentIn === sentIn);
}

export const PROFILE_FIELDS = questionsSentIn('profile').map(
  (question) => question.id,
) as readonly ProfileField[];

/** Its section's rule (if any) and its own (if any): a question is shown only when all of them hold. */
export function showRules(id: QuestionId): readonly ShowRule[] {
  const question = byId.get(id);
  if (!question) throw new RangeError(`unknown question "${id}"`);
  const section = sectionById.get(question.section);
  return [section?.showIf, question.showIf].filter((rule): rule is ShowRule => rule !== undefined);
}

type Given = string | readonly string[] | undefined;

/** Whether one rule holds, given how its `question` was answered (undefined: skipped). */
export function ruleHolds(rule: ShowRule, given: Given): boolean {
  const codes = given === undefined ? [] : typeof given === 'string' ? [given] : given;
  if ('anyOf' in rule) return codes.some((code) => rule.anyOf.includes(code));
  return !codes.some((code) => rule.noneOf.includes(code));
}

/**
 * Whether question `id` is shown, given the answers so far. For a rule on a randomized question
 * (`trueAnswer`), `answers` must hold the participant's true answer, which only the device knows.
 */
export function isShown(id: QuestionId, answers: Readonly<Record<string, Given>>): boolean {
  return showRules(id).every((rule) => ruleHolds(rule, answers[rule.question]));
}

/** The table groups, with STUDY.md's exact keys, and which profile code puts a respondent in each. */
export const TABLE_GROUPS = [
  { key: 'all', label: { en: 'All', km: 'ទាំងអស់' } },
  {
    key: 'fngo',
    field: 'org_type',
    code: 'fngo',
    label: { en: 'International NGOs (FNGO)', km: 'អង្គការអន្តរជាតិ (FNGO)' },
  },
  {
    key: 'dngo',
    field: 'org_type',
    code: 'dngo',
    label: { en: 'Cambodian NGOs (DNGO)', km: 'អង្គការក្នុងស្រុក (DNGO)' },
  },
  {
    key: 'cbo',
    field: 'org_type',
    code: 'cbo',
    label: { en: 'Community-based organisations (CBO)', km: 'អង្គការសហគមន៍មូលដ្ឋាន (CBO)' },
  },
  { key: 'youth', field: 'age_band', code: '18_30', label: { en: 'Youth (18–30)', km: 'យុវជន (១៨–៣០ ឆ្នាំ)' } },
  {
    key: 'elderly',
    field: 'age_band',
    code: '60_plus',
    label: { en: 'Elderly (60 and over)', km: 'មនុស្សវ័យចំណាស់ (៦០ ឆ្នាំឡើង)' },
  },
  { key: 'female', field: 'gender', code: 'female', label: { en: 'Women', km: 'ស្ត្រី' } },
  { key: 'male', field: 'gender', code: 'male', label: { en: 'Men', km: 'បុរស' } },
] as const satisfies readonly (
  | { key: string; label: Text }
  | { [F in ProfileField]: { key: string; field: F; code: Code<F>; label: Text } }[ProfileField]
)[];
export type GroupKey = (typeof TABLE_GROUPS)[number]['key'];
export const GROUP_KEYS: readonly GroupKey[] = TABLE_GROUPS.map((group) => group.key);

/**
 * A dimension's groups are disjoint; respondents of the dimension in none of them (e.g. org_type
 * `none` or `undisclosed`) are its unpublished remainder, which the differencing rule watches.
 */
export const GROUP_DIMENSIONS: readonly { field: ProfileField; groups: readonly GroupKey[] }[] =
  PROFILE_FIELDS.map((field) => ({
    field,
    groups: TABLE_GROUPS.filter((group) => 'field' in group && group.field === field).map(
      (group) => group.key,
    ),
  }));

/** The groups a respondent with this profile is counted in: always `all`, plus at most one per field. */
export function groupsOf(profile: Profile): GroupKey[] {
  return TABLE_GROUPS.filter((group) => !('field' in group) || profile[group.field] === group.code).map(
    (group) => group.key,
  );
}

/** Every bilingual label with a stable path, e.g. `questions.gender.choices.other`. */
export function labelEntries(): { path: string; text: Text }[] {
  const entries: { path: string; text: Text }[] = [{ path: 'rrNote', text: QUESTIONNAIRE.rrNote }];
  for (const section of QUESTIONNAIRE.sections as readonly SectionDef[]) {
    entries.push({ path: `sections.${section.id}.title`, text: section.title });
    for (const question of section.questions) {
      const at = `questions.${question.id}`;
      entries.push({ path: `${at}.text`, text: question.text });
      if (question.hint) entries.push({ path: `${at}.hint`, text: question.hint });
      if (question.gate) entries.push({ path: `${at}.gate`, text: question.gate.message });
      for (const choice of question.choices)
        entries.push({ path: `${at}.choices.${choice.code}`, text: choice.label });
    }
  }
  for (const [id, term] of Object.entries(TERMS) as [string, TermDef][]) {
    entries.push(
      { path: `terms.${id}.term`, text: term.term },
      { path: `terms.${id}.definition`, text: term.definition },
    );
  }
  for (const group of TABLE_GROUPS) entries.push({ path: `groups.${group.key}`, text: group.label });
  return entries;
}
