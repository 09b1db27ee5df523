import type { Language } from './language';
import { fillPlaceholders, type MessageKey, type Params, translator } from './translate';

/*
 * Strings only the practice tab uses, kept apart so the popup, which carries the main catalogue,
 * does not load them. Same rules as en.ts and km.ts: every key in both languages (a test checks),
 * and new Khmer listed in review.ts.
 */
export const practiceEn = {
  'practice.notice':
    'Practice only: these screens belong to no real account. Nothing you change here is saved or sent.',
  'practice.nav.label': 'Practice mode pages',
  'practice.nav.walkthrough': 'Workshop walkthrough',
  'practice.nav.screens': 'All practice screens',
  'practice.nav.tools': 'Trainer tools',
  'practice.presenter': 'Presenter mode',
  'practice.presenter.keys':
    'Presenter keys, when no form control has focus: Page Down for the next step, Page Up to go back, Shift+R to reset for the next group.',
  'practice.reset': 'Reset for the next group',
  'practice.reset.done': 'Every practice screen is back to its risky setting.',
  'practice.site': 'Settings (practice)',
  'practice.fake.name': 'Sokha Demo',
  'practice.fake.phone': '000 000 000',
  'practice.fake.birthday': '1 January 2000',
  'practice.page.privacy': 'Privacy',
  'practice.page.findContact': 'How people find and contact you',
  'practice.page.tagging': 'Profile and tagging',
  'practice.page.profile': 'Contact and basic info',
  'practice.page.security': 'Security and login',
  'practice.page.accountSecurity': 'Account security',
  'practice.sentence.futurePosts': '{phrase}?',
  'practice.sentence.lookupPhone': 'Who can {phrase} number you provided?',
  'practice.sentence.lookupEmail': 'Who can {phrase} address you provided?',
  'practice.sentence.searchEngines': 'Do you want {phrase} of this site to link to your profile?',
  'practice.sentence.friendsList': 'Who can {phrase}?',
  'practice.sentence.friendRequests': 'Who can {phrase}?',
  'practice.sentence.tagReview': '{phrase} before the post appears on your profile?',
  'practice.sentence.loginAlerts': 'Get {phrase}',
  'practice.profile.selector': '{edit}. Sharing with {audience}.',
  'practice.profile.menu': 'Who can see it: {item}',
  'practice.findings': 'What the extension says',
  'practice.todo.choose': 'Find “{label}” and choose “{value}”.',
  'practice.todo.switch': 'Find “{label}” and turn the switch to “{value}”.',
  'practice.todo.audience': 'Next to each item, press the audience button and choose “{value}”.',
  'practice.todo.backup': 'Read the backup card, then press “{button}”.',
  'practice.todo.statement': 'Find “{label}” and press “{button}”.',
  'practice.statement.turnOn': 'Turn on',
  'practice.statement.turnOff': 'Turn off',
  'practice.walkthrough.progress': 'Step {step} of {total}',
  'practice.walkthrough.why': 'Why it matters',
  'practice.walkthrough.todo': 'What to do',
  'practice.walkthrough.check': 'Check',
  'practice.walkthrough.done': 'Done: set safely.',
  'practice.walkthrough.open': 'Not yet: still risky.',
  'practice.walkthrough.back': 'Back',
  'practice.walkthrough.next': 'Next',
  'practice.walkthrough.finish': 'See the summary',
  'practice.walkthrough.summary': 'Summary',
  'practice.walkthrough.summaryBody': 'Steps set safely: {done} of {total}.',
  'practice.walkthrough.restart': 'Start again from step 1',
  'practice.step.future-posts.title': 'Who sees your posts',
  'practice.step.future-posts.why':
    'In the 2024 study, 82% of people shared photos and 72% their name publicly, and reported posts were one of the most common problems. Posts for friends reach the people you know, not everyone.',
  'practice.step.lookup.title': 'Look-up by phone number and email',
  'practice.step.lookup.why':
    'Account theft was the most common problem in the 2024 study. When anyone can look you up by your phone number or email, a stranger who has one of them finds your profile at once.',
  'practice.step.search-engines.title': 'Search engines',
  'practice.step.search-engines.why':
    '97% of the people in the 2024 study use the same social network. When search engines link to your profile, anyone who searches your name finds your photos and posts.',
  'practice.step.friends-list.title': 'Your friends list',
  'practice.step.friends-list.why':
    'In the 2024 study, about half of the NGO staff named women and girls as the most frequent victims of digital violence. A hidden friends list keeps your family and colleagues out of an attacker’s sight.',
  'practice.step.tag-review.title': 'Review posts you are tagged in',
  'practice.step.tag-review.why':
    'Mass reporting of posts was one of the two most common problems in the 2024 study. With review on, nobody can put a post on your profile without your yes.',
  'practice.step.two-factor.title': 'Two-factor login',
  'practice.step.two-factor.why':
    'Account theft was the most common problem in the 2024 study, and 37 of 80 people (46%) did nothing to protect themselves. With two-factor login, a stolen password alone does not open the account.',
  'practice.step.login-alerts.title': 'Alerts about new logins',
  'practice.step.login-alerts.why':
    'An alert tells you at once when a phone or computer you do not know logs in, so you can change your password before a thief takes over the account, the most common problem in the 2024 study.',
  'practice.step.backups.title': 'Back up now',
  'practice.step.backups.why':
    'In the 2024 study, only 25% of international NGOs backed up their data every day, and fewer local groups did. When a phone or account is lost, a recent backup is what you still have.',
  'practice.backup.heading': 'Practice backup card',
  'practice.backup.done': 'I backed up now',
  'practice.backup.recorded': 'Noted for practice only. Your own backup reminders are not changed.',
  'practice.screens.body':
    'Every check the extension makes, each on its own look-alike screen, starting risky.',
  'practice.screens.missing': 'Not on a practice screen yet: {checks}',
  'practice.link.heading': 'Questionnaire campaign link',
  'practice.link.body':
    'Participants open this link, or scan the code, to answer the optional, anonymous questionnaire of your campaign.',
  'practice.link.address': 'Collector address',
  'practice.link.addressHint': 'For example https://survey.example.org',
  'practice.link.code': 'Campaign code',
  'practice.link.codeHint': '3 to 32 small letters, digits and dashes, for example pp-2026-q4',
  'practice.link.make': 'Make the link and QR code',
  'practice.link.error.address': 'Type the collector’s whole address, starting with https://',
  'practice.link.error.insecure':
    'The address must start with https:// (http:// works only on this computer).',
  'practice.link.error.code':
    'Use 3 to 32 small letters, digits and dashes, starting and ending with a letter or digit.',
  'practice.link.result': 'Campaign link',
  'practice.link.qr': 'QR code for {link}',
  'practice.link.print': 'Print the QR code',
  'practice.handout.heading': 'Checklist handout',
  'practice.handout.body': 'One printed page, in Khmer and English, for participants to take home.',
  'practice.handout.print': 'Print the handout',
  'practice.handout.title': 'Digital hygiene checklist',
  'practice.handout.settings': 'Settings to check',
  'practice.handout.habits': 'Good habits',
} as const;

export type PracticeMessageKey = keyof typeof practiceEn;

export const practiceKm: Record<PracticeMessageKey, string> = {
  'practice.notice':
    'សម្រាប់ហាត់តែប៉ុណ្ណោះ៖ អេក្រង់ទាំងនេះមិនមែនជារបស់គណនីពិតណាមួយទេ។ អ្វីដែលអ្នកប្តូរនៅទីនេះ មិនត្រូវបានរក្សាទុក ឬផ្ញើទៅណាទេ។',
  'practice.nav.label': 'ទំព័រនៃរបៀបហាត់អនុវត្ត',
  'practice.nav.walkthrough': 'ជំហានសិក្ខាសាលា',
  'practice.nav.screens': 'អេក្រង់ហាត់ទាំងអស់',
  'practice.nav.tools': 'ឧបករណ៍គ្រូបង្គោល',
  'practice.presenter': 'របៀបបង្ហាញលើអេក្រង់ធំ',
  'practice.presenter.keys':
    'គ្រាប់ចុចសម្រាប់អ្នកបង្ហាញ ពេលមិននៅក្នុងប្រអប់បំពេញ៖ Page Down ទៅជំហានបន្ទាប់ Page Up ត្រឡប់ក្រោយ Shift+R កំណត់ឡើងវិញសម្រាប់ក្រុមបន្ទាប់។',
  'practice.reset': 'កំណត់ឡើងវិញសម្រាប់ក្រុមបន្ទាប់',
  'practice.reset.done': 'អេក្រង់ហាត់ទាំងអស់ បានត្រឡប់ទៅការកំណត់ដែលមានហានិភ័យវិញហើយ។',
  'practice.site': 'ការកំណត់ (សម្រាប់ហាត់)',
  'practice.fake.name': 'សុខា សាកល្បង',
  'practice.fake.phone': '០០០ ០០០ ០០០',
  'practice.fake.birthday': '១ មករា ២០០០',
  'practice.page.privacy': 'ឯកជនភាព',
  'practice.page.findContact': 'របៀបដែលមនុស្សរកឃើញ និងទាក់ទងអ្នក',
  'practice.page.tagging': 'ប្រវត្តិរូប និងការដាក់ស្លាក',
  'practice.page.profile': 'ព័ត៌មានទំនាក់ទំនង និងព័ត៌មានមូលដ្ឋាន',
  'practice.page.security': 'សុវត្ថិភាព និងការចូលគណនី',
  'practice.page.accountSecurity': 'សុវត្ថិភាពគណនី',
  'practice.sentence.futurePosts': 'តើអ្នកណាអាចមើលការ{phrase}របស់អ្នក?',
  'practice.sentence.lookupPhone': 'តើអ្នកណាអាចរកមើលអ្នក{phrase}សព្ទ ដែលអ្នកបានផ្តល់?',
  'practice.sentence.lookupEmail': 'តើអ្នកណាអាចរកមើលអ្នក{phrase}ែល ដែលអ្នកបានផ្តល់?',
  'practice.sentence.searchEngines': 'តើអ្នកចង់ឱ្យ{phrase}គេហទំព័រនេះ ភ្ជាប់មកប្រវត្តិរូបរបស់អ្នកទេ?',
  'practice.sentence.friendsList': 'តើអ្នកណាអាចមើល{phrase}ភក្តិរបស់អ្នក?',
  'practice.sentence.friendRequests': 'តើអ្នកណាអាចផ្ញើ{phrase}ភក្តិមកអ្នក?',
  'practice.sentence.tagReview': '{phrase} មុនពេលការបង្ហោះនោះបង្ហាញលើប្រវត្តិរូបរបស់អ្នក?',
  'practice.sentence.loginAlerts': 'ទទួលការ{phrase}',
  'practice.profile.selector': '{edit}។ ចែករំលែកជាមួយ {audience}។',
  'practice.profile.menu': 'អ្នកណាអាចមើលឃើញ៖ {item}',
  'practice.findings': 'អ្វីដែលកម្មវិធីបន្ថែមនេះប្រាប់',
  'practice.todo.choose': 'រក «{label}» ហើយជ្រើសរើស «{value}»។',
  'practice.todo.switch': 'រក «{label}» ហើយប្តូរកុងតាក់ទៅ «{value}»។',
  'practice.todo.audience': 'នៅក្បែរព័ត៌មាននីមួយៗ ចុចប៊ូតុងទស្សនិកជន ហើយជ្រើសរើស «{value}»។',
  'practice.todo.backup': 'អានកាតបម្រុងទុក រួចចុច «{button}»។',
  'practice.todo.statement': 'រក «{label}» ហើយចុច «{button}»។',
  // Not the bare word for on/off (បើក/បិទ): that is the state Google shows, which the detector reads.
  'practice.statement.turnOn': 'ចុចដើម្បីបើក',
  'practice.statement.turnOff': 'ចុចដើម្បីបិទ',
  'practice.walkthrough.progress': 'ជំហានទី {step} ក្នុងចំណោម {total}',
  'practice.walkthrough.why': 'ហេតុអ្វីវាសំខាន់',
  'practice.walkthrough.todo': 'អ្វីដែលត្រូវធ្វើ',
  'practice.walkthrough.check': 'ការត្រួតពិនិត្យ',
  'practice.walkthrough.done': 'រួចរាល់៖ បានកំណត់ដោយសុវត្ថិភាព។',
  'practice.walkthrough.open': 'មិនទាន់៖ នៅតែមានហានិភ័យ។',
  'practice.walkthrough.back': 'ថយក្រោយ',
  'practice.walkthrough.next': 'បន្ទាប់',
  'practice.walkthrough.finish': 'មើលសេចក្តីសង្ខេប',
  'practice.walkthrough.summary': 'សេចក្តីសង្ខេប',
  'practice.walkthrough.summaryBody': 'ជំហានដែលបានកំណត់ដោយសុវត្ថិភាព៖ {done} ក្នុងចំណោម {total}។',
  'practice.walkthrough.restart': 'ចាប់ផ្តើមម្តងទៀតពីជំហានទី ១',
  'practice.step.future-posts.title': 'អ្នកណាមើលឃើញការបង្ហោះរបស់អ្នក',
  'practice.step.future-posts.why':
    'ក្នុងការសិក្សាឆ្នាំ ២០២៤ មនុស្ស ៨២% ចែករំលែករូបថត និង ៧២% ចែករំលែកឈ្មោះរបស់ពួកគេជាសាធារណៈ ហើយការរាយការណ៍ប្តឹងការបង្ហោះ គឺជាបញ្ហាមួយក្នុងចំណោមបញ្ហាញឹកញាប់បំផុត។ ការបង្ហោះសម្រាប់មិត្តភក្តិ ទៅដល់តែអ្នកដែលអ្នកស្គាល់ មិនមែនទៅដល់មនុស្សគ្រប់គ្នាទេ។',
  'practice.step.lookup.title': 'ការរកមើលតាមលេខទូរសព្ទ និងអ៊ីមែល',
  'practice.step.lookup.why':
    'ការលួចគណនី គឺជាបញ្ហាញឹកញាប់បំផុតក្នុងការសិក្សាឆ្នាំ ២០២៤។ ពេលនរណាក៏អាចរកមើលអ្នកតាមលេខទូរសព្ទ ឬអ៊ីមែលបាន មនុស្សចម្លែកដែលមានលេខ ឬអ៊ីមែលនោះ រកឃើញប្រវត្តិរូបរបស់អ្នកភ្លាមៗ។',
  'practice.step.search-engines.title': 'ម៉ាស៊ីនស្វែងរក',
  'practice.step.search-engines.why':
    'មនុស្ស ៩៧% ក្នុងការសិក្សាឆ្នាំ ២០២៤ ប្រើបណ្តាញសង្គមតែមួយនេះ។ ពេលម៉ាស៊ីនស្វែងរកភ្ជាប់ទៅប្រវត្តិរូបរបស់អ្នក នរណាក៏ដោយដែលស្វែងរកឈ្មោះអ្នក នឹងឃើញរូបថត និងការបង្ហោះរបស់អ្នក។',
  'practice.step.friends-list.title': 'បញ្ជីមិត្តភក្តិរបស់អ្នក',
  'practice.step.friends-list.why':
    'ក្នុងការសិក្សាឆ្នាំ ២០២៤ បុគ្គលិកអង្គការប្រហែលពាក់កណ្តាល បាននិយាយថា ស្ត្រី និងក្មេងស្រី គឺជាជនរងគ្រោះញឹកញាប់បំផុតនៃអំពើហិង្សាឌីជីថល។ បញ្ជីមិត្តភក្តិដែលលាក់ទុក ការពារគ្រួសារ និងសហការីរបស់អ្នក ពីការមើលឃើញរបស់អ្នកវាយប្រហារ។',
  'practice.step.tag-review.title': 'ពិនិត្យការបង្ហោះដែលគេដាក់ស្លាកអ្នក',
  'practice.step.tag-review.why':
    'ការរាយការណ៍ប្តឹងការបង្ហោះជាច្រើន គឺជាបញ្ហាមួយក្នុងចំណោមបញ្ហាពីរដែលញឹកញាប់បំផុត ក្នុងការសិក្សាឆ្នាំ ២០២៤។ ពេលបើកការពិនិត្យ គ្មាននរណាអាចដាក់ការបង្ហោះលើប្រវត្តិរូបរបស់អ្នក ដោយគ្មានការយល់ព្រមរបស់អ្នកបានទេ។',
  'practice.step.two-factor.title': 'ការចូលគណនីដោយផ្ទៀងផ្ទាត់ពីរកត្តា',
  'practice.step.two-factor.why':
    'ការលួចគណនី គឺជាបញ្ហាញឹកញាប់បំផុតក្នុងការសិក្សាឆ្នាំ ២០២៤ ហើយមនុស្ស ៣៧ នាក់ក្នុងចំណោម ៨០ នាក់ (៤៦%) មិនបានធ្វើអ្វីដើម្បីការពារខ្លួនទេ។ ជាមួយការផ្ទៀងផ្ទាត់ពីរកត្តា ពាក្យសម្ងាត់ដែលត្រូវគេលួចតែមួយមុខ មិនអាចបើកគណនីបានទេ។',
  'practice.step.login-alerts.title': 'ការជូនដំណឹងអំពីការចូលគណនីថ្មី',
  'practice.step.login-alerts.why':
    'ការជូនដំណឹងប្រាប់អ្នកភ្លាមៗ ពេលទូរសព្ទ ឬកុំព្យូទ័រដែលអ្នកមិនស្គាល់ចូលគណនីរបស់អ្នក ដូច្នេះអ្នកអាចប្តូរពាក្យសម្ងាត់ មុនពេលចោរកាន់កាប់គណនី ដែលជាបញ្ហាញឹកញាប់បំផុតក្នុងការសិក្សាឆ្នាំ ២០២៤។',
  'practice.step.backups.title': 'បម្រុងទុកឥឡូវនេះ',
  'practice.step.backups.why':
    'ក្នុងការសិក្សាឆ្នាំ ២០២៤ មានតែ ២៥% នៃអង្គការក្រៅរដ្ឋាភិបាលអន្តរជាតិប៉ុណ្ណោះ ដែលបម្រុងទុកទិន្នន័យរៀងរាល់ថ្ងៃ ហើយក្រុមក្នុងស្រុកធ្វើតិចជាងនេះទៀត។ ពេលបាត់ទូរសព្ទ ឬគណនី ការបម្រុងទុកថ្មីៗ គឺជាអ្វីដែលអ្នកនៅមាន។',
  'practice.backup.heading': 'កាតបម្រុងទុកសម្រាប់ហាត់',
  'practice.backup.done': 'ខ្ញុំបានបម្រុងទុកហើយ',
  'practice.backup.recorded': 'កត់ត្រាសម្រាប់ការហាត់តែប៉ុណ្ណោះ។ ការរំលឹកបម្រុងទុករបស់អ្នកផ្ទាល់ មិនត្រូវបានប្តូរទេ។',
  'practice.screens.body':
    'ការត្រួតពិនិត្យនីមួយៗរបស់កម្មវិធីបន្ថែមនេះ នៅលើអេក្រង់ស្រដៀងគ្នារៀងៗខ្លួន ដោយចាប់ផ្តើមពីការកំណត់ដែលមានហានិភ័យ។',
  'practice.screens.missing': 'មិនទាន់មានអេក្រង់ហាត់នៅឡើយ៖ {checks}',
  'practice.link.heading': 'តំណយុទ្ធនាការកម្រងសំណួរ',
  'practice.link.body': 'អ្នកចូលរួមបើកតំណនេះ ឬស្កេនកូដ ដើម្បីឆ្លើយកម្រងសំណួរអនាមិក ដែលស្ម័គ្រចិត្ត នៃយុទ្ធនាការរបស់អ្នក។',
  'practice.link.address': 'អាសយដ្ឋានម៉ាស៊ីនប្រមូលចម្លើយ',
  'practice.link.addressHint': 'ឧទាហរណ៍ https://survey.example.org',
  'practice.link.code': 'កូដយុទ្ធនាការ',
  'practice.link.codeHint': 'អក្សរតូច លេខ និងសញ្ញាដាច់ (-) ពី ៣ ដល់ ៣២ តួ ឧទាហរណ៍ pp-2026-q4',
  'practice.link.make': 'បង្កើតតំណ និងកូដ QR',
  'practice.link.error.address': 'សូមវាយអាសយដ្ឋានពេញរបស់ម៉ាស៊ីនប្រមូលចម្លើយ ដែលចាប់ផ្តើមដោយ https://',
  'practice.link.error.insecure': 'អាសយដ្ឋានត្រូវចាប់ផ្តើមដោយ https:// (http:// ប្រើបានតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ)។',
  'practice.link.error.code': 'សូមប្រើអក្សរតូច លេខ និងសញ្ញាដាច់ ពី ៣ ដល់ ៣២ តួ ដោយចាប់ផ្តើម និងបញ្ចប់ដោយអក្សរ ឬលេខ។',
  'practice.link.result': 'តំណយុទ្ធនាការ',
  'practice.link.qr': 'កូដ QR សម្រាប់ {link}',
  'practice.link.print': 'បោះពុម្ពកូដ QR',
  'practice.handout.heading': 'សន្លឹកបញ្ជីត្រួតពិនិត្យ',
  'practice.handout.body': 'មួយទំព័រដែលបោះពុម្ព ជាភាសាខ្មែរ និងអង់គ្លេស សម្រាប់អ្នកចូលរួមយកទៅផ្ទះ។',
  'practice.handout.print': 'បោះពុម្ពសន្លឹកនេះ',
  'practice.handout.title': 'បញ្ជីត្រួតពិនិត្យអនាម័យឌីជីថល',
  'practice.handout.settings': 'ការកំណត់ដែលត្រូវពិនិត្យ',
  'practice.handout.habits': 'ទម្លាប់ល្អ',
};

export const PRACTICE_CATALOGUES: Record<Language, Record<PracticeMessageKey, string>> = {
  en: practiceEn,
  km: practiceKm,
};

/** Translates practice strings and the main catalogue's alike: practice pages use both. */
export type PracticeText = (key: PracticeMessageKey | MessageKey, params?: Params) => string;

export function practiceTranslator(language: Language): PracticeText {
  const own: Readonly<Record<string, string>> = PRACTICE_CATALOGUES[language];
  const core = translator(language);
  return (key, params) => {
    const template = own[key];
    return template === undefined
      ? core(key as MessageKey, params)
      : fillPlaceholders(language, template, params);
  };
}
