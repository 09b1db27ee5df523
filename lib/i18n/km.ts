import type { MessageKey } from './en';

/** Khmer strings. Keys that still need a native speaker's review are listed in review.ts. */
export const km: Record<MessageKey, string> = {
  'app.name': 'ការពិនិត្យអនាម័យឌីជីថល',
  'app.tagline': 'រក្សាគណនីរបស់អ្នកឱ្យមានសុវត្ថិភាព ម្ដងមួយជំហាន។',
  'language.label': 'ភាសា',
  'language.en': 'English (អង់គ្លេស)',
  'language.km': 'ខ្មែរ',

  'status.heading': 'តើខ្ញុំមានសុវត្ថិភាពទេ?',
  'status.none.title': 'មិនទាន់បានពិនិត្យនៅឡើយ',
  'status.none.body': 'សូមបើកការកំណត់ឯកជនភាព Facebook របស់អ្នក។ យើងពិនិត្យវា ពេលអ្នកមើល នៅលើឧបករណ៍នេះ។',
  'status.ok.title': 'ការកំណត់ដែលយើងបានពិនិត្យ មើលទៅមានសុវត្ថិភាព',
  'status.ok.body': 'ការកំណត់ដែលបានពិនិត្យ៖ {count}។ សូមពិនិត្យម្ដងទៀត ពេល Facebook ផ្លាស់ប្ដូរទំព័រការកំណត់។',
  'status.attention.title': 'ការកំណត់ដែលត្រូវការការយកចិត្តទុកដាក់៖ {count}',
  'status.attention.body': 'សូមចាប់ផ្ដើមពីទីមួយខាងក្រោម។ វាចំណាយពេលតែមួយនាទី។',
  'status.unknown.title': 'យើងមិនអាចអានការកំណត់ខ្លះបានទេ',
  'status.unknown.body': 'សូមបើកទំព័រការកំណត់ម្ដងទៀត ហើយរំកិលទៅការកំណត់នោះ ដើម្បីឱ្យយើងឃើញវា។',
  'status.next': 'ជំហានបន្ទាប់',
  'status.openFacebookSettings': 'បើកការកំណត់ឯកជនភាព Facebook',

  'findings.heading': 'ការកំណត់របស់អ្នក',
  'findings.empty': 'មិនទាន់មានការកំណត់ដែលបានពិនិត្យទេ។ សូមចុច «ពិនិត្យឥឡូវនេះ» ឬចូលទៅការកំណត់ Facebook របស់អ្នក។',
  'platform.facebook': 'ហ្វេសប៊ុក (Facebook)',
  'score.label': 'ពិន្ទុ៖ {good} ក្នុងចំណោម {known}',
  'score.explain': 'ការកំណត់ដែលមានសុវត្ថិភាព ឬរក្សាទុកដោយចេតនា ក្នុងចំណោមការកំណត់ដែលយើងអាចអានបាន។',
  'checkNow.button': 'ពិនិត្យឥឡូវនេះ',
  'checkNow.hint': 'បើកទំព័រការកំណត់របស់អ្នកនៅខាងក្រោយ អានវា ហើយបិទវាវិញ។ វាមិនផ្លាស់ប្ដូរអ្វីទេ។',
  'checkNow.running': 'កំពុងពិនិត្យទំព័រទី {done} ក្នុងចំណោម {total}…',
  'checkNow.done': 'ទំព័របានពិនិត្យ៖ {total}។ លទ្ធផលនៅខាងក្រោម។',
  'checkNow.login-required': 'សូមចូលគណនី Facebook នៅក្នុងកម្មវិធីរុករកនេះ រួចចុច «ពិនិត្យឥឡូវនេះ» ម្ដងទៀត។',
  'checkNow.interrupted': 'ការពិនិត្យបានឈប់មុនពេលចប់។ សូមចុច «ពិនិត្យឥឡូវនេះ» ដើម្បីព្យាយាមម្ដងទៀត។',
  'findings.state.risky': 'ត្រូវការការយកចិត្តទុកដាក់',
  'findings.state.safe': 'មានសុវត្ថិភាព',
  'findings.state.unknown': 'មិនអាចអានបាន',
  'findings.state.acknowledged': 'រក្សាទុកដោយចេតនា',
  'findings.why': 'ហេតុអ្វីវាសំខាន់',
  'findings.fix': 'របៀបកែ',
  'findings.open': 'បើកការកំណត់នេះ',
  'findings.acknowledge': 'នេះជាចេតនារបស់ខ្ញុំ',
  'findings.unacknowledge': 'បង្ហាញវាជាហានិភ័យម្ដងទៀត',
  'findings.seen': 'បានឃើញ {when}',

  'reminders.heading': 'ការរំលឹក',
  'reminders.empty': 'ការរំលឹកឱ្យបម្រុងទុកទិន្នន័យ និងការចូលគណនីពីរជំហាន មិនទាន់មាននៅក្នុងកំណែនេះទេ។',
  'survey.heading': 'កម្រងសំណួរ',
  'survey.empty': 'កម្រងសំណួរអនាមិក ដែលអ្នកអាចឆ្លើយឬមិនឆ្លើយក៏បាន មិនទាន់មាននៅក្នុងកំណែនេះទេ។',
  'practice.heading': 'របៀបហាត់អនុវត្ត',
  'practice.empty': 'របៀបហាត់អនុវត្តសម្រាប់គ្រូបង្គោល មិនទាន់មាននៅក្នុងកំណែនេះទេ។',

  'popup.openOptions': 'ការកំណត់',
  'privacy.short': 'គ្មានអ្វីចេញពីឧបករណ៍របស់អ្នកទេ។',

  'options.title': 'ការកំណត់ ការពិនិត្យអនាម័យឌីជីថល',
  'options.language.hint': 'កម្មវិធីបន្ថែមនេះប្រើភាសានេះ ទោះកម្មវិធីរុករករបស់អ្នកប្រើភាសាណាក៏ដោយ។',
  'options.data.heading': 'ទិន្នន័យរបស់អ្នក',
  'options.data.body': 'ការកំណត់ដែលបានពិនិត្យ ដែលរក្សាទុកតែនៅលើឧបករណ៍នេះ៖ {count}។',
  'options.data.clear': 'លុបការកំណត់ដែលបានពិនិត្យ',
  'options.data.cleared': 'បានលុបហើយ។ ឥឡូវនេះ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។',
  'options.data.failed': 'មិនអាចលុបបានទេ។ សូមព្យាយាមម្ដងទៀត។',
  'options.privacy.heading': 'ឯកជនភាព',
  'options.privacy.body':
    'កម្មវិធីបន្ថែមនេះមិនផ្ញើអ្វីតាមអ៊ីនធឺណិតទេ។ វាអានតែឈ្មោះ និងតម្លៃនៃការកំណត់ឯកជនភាពរបស់អ្នកប៉ុណ្ណោះ មិនដែលអានការបង្ហោះ សារ មិត្តភក្តិ ឬរូបថតរបស់អ្នកទេ។',

  'check.facebook.future-posts.title': 'អ្នកណាអាចមើលឃើញការបង្ហោះនាពេលអនាគតរបស់អ្នក',
  'check.facebook.future-posts.why':
    'ការបង្ហោះជាសាធារណៈ អាចត្រូវបានមើល ចម្លង និងរាយការណ៍ជាបណ្ដុំដោយនរណាក៏បាន។ ក្នុងការសិក្សាឆ្នាំ ២០២៤ ការបង្ហោះត្រូវបានរាយការណ៍ គឺជាបញ្ហាមួយដែលកើតមានញឹកញាប់បំផុត។',
  'check.facebook.future-posts.fix':
    'បើកការកំណត់ ជ្រើសរើស «តើអ្នកណាអាចមើលឃើញការបង្ហោះនាពេលអនាគតរបស់អ្នក?» ហើយជ្រើសរើស មិត្តភក្តិ។',
};
