import type { WordList } from '../dom';

/*
 * The words Facebook shows, per interface language (`<html lang>`). Labels list the stable part
 * of each wording Facebook has used, so a reworded question still matches. Text is compared
 * after normalisation (case, zero-width spaces, Khmer spelling variants, spaces between Khmer
 * words), so each wording is listed once. A language missing here reads as unknown.
 * No Khmer entry has been checked on a live Khmer-language Facebook page yet: "public", "friends"
 * and "only me" are the words Khmer writing about Facebook uses; entries marked "guess" are our
 * translations. Fixing one is a change here plus a fixture with the real wording.
 */
const en = {
  labels: {
    futurePosts: ['Who can see your future posts'],
    friendRequests: ['send you friend requests'],
    friendsList: ['see your friends list'],
    lookupEmail: ['look you up using the email'],
    lookupPhone: ['look you up using the phone'],
    // "… outside of Facebook to link to your profile?", later "outside of Meta", and the switch
    // "Allow search engines outside of Facebook …" all share this part.
    searchEngines: ['search engines outside'],
    // "… before the post appears on your profile?"; before 2020 "Review posts friends tag you in".
    tagReview: ["Review posts you're tagged in", 'Review posts friends tag you in'],
    twoFactor: ['Use two-factor authentication'],
    // "Get alerts about unrecognized logins", spelt either way.
    loginAlerts: ['alerts about unrecognized logins', 'alerts about unrecognised logins'],
    // The names Accounts Center gives these settings' screens.
    twoFactorCenter: ['Two-factor authentication'],
    loginAlertsCenter: ['Login alerts'],
  },
  values: {
    public: ['Public'],
    everyone: ['Everyone'],
    friends: ['Friends'],
    friendsOfFriends: ['Friends of friends'],
    friendsExcept: ['Friends except'],
    specificFriends: ['Specific friends'],
    onlyMe: ['Only me'],
    custom: ['Custom'],
    on: ['On'],
    off: ['Off'],
    yes: ['Yes'],
    no: ['No'],
  },
  /** Not a setting: the post composer, read for the prompt before a public post. */
  composer: {
    // The audience button's aria-label ("Edit privacy. Sharing with Public."), or an older
    // "Select audience" button that shows the audience as its text.
    audience: ['Edit privacy', 'Sharing with', 'Select audience'],
  },
  /** Not settings: Accounts Center names each account's app; only Facebook accounts' states count. */
  accounts: {
    facebook: ['Facebook'],
    other: ['Instagram', 'Messenger', 'Threads', 'Meta Horizon', 'Meta Quest'],
    // One account's two-factor screen says its state; the screen to set it up means it is off.
    twoFactorOn: ['Two-factor authentication is on'],
    twoFactorOff: ['Two-factor authentication is off', 'Help protect your account'],
  },
  /** Not settings: one's own profile About section, where each item has its own audience. */
  profile: {
    // The selector beside an item: "Edit privacy. Sharing with Public."
    audience: ['Edit privacy'],
    // The names shown under each contact item and the birthday, compared whole.
    contact: ['Mobile', 'Phone', 'Email', 'Address'],
    birthday: ['Birthday', 'Birth date', 'Date of birth', 'Birth year'],
  },
};

const km: typeof en = {
  labels: {
    // "future posts", with either Khmer word for a post (បង្ហោះ, ប្រកាស): guess.
    futurePosts: ['បង្ហោះនាពេលអនាគត', 'ប្រកាសនាពេលអនាគត'],
    // The rest are guesses. "friend" is cut after មិត្ត so both spellings of ភក្តិ match.
    friendRequests: ['សំណើសុំធ្វើជាមិត្ត', 'សំណើមិត្ត'],
    friendsList: ['បញ្ជីមិត្ត'],
    // "email" is cut after អ៊ីម so អ៊ីមែល and អ៊ីម៉ែល match; "phone" after ទូរ for ទូរសព្ទ and ទូរស័ព្ទ.
    lookupEmail: ['ដោយប្រើអាសយដ្ឋានអ៊ីម', 'ដោយប្រើអ៊ីម'],
    lookupPhone: ['ដោយប្រើលេខទូរ'],
    // "search engines outside", with or without នៅ: the setting's description also names search engines.
    searchEngines: ['ម៉ាស៊ីនស្វែងរកនៅខាងក្រៅ', 'ម៉ាស៊ីនស្វែងរកខាងក្រៅ'],
    // Guess: "review posts you're tagged in", with either word for a post.
    tagReview: ['ពិនិត្យមើលការបង្ហោះដែលអ្នកត្រូវបានដាក់ស្លាក', 'ពិនិត្យមើលការប្រកាសដែលអ្នកត្រូវបានដាក់ស្លាក'],
    twoFactor: ['ប្រើការផ្ទៀងផ្ទាត់ពីរកត្តា'], // guess
    // Guess: "alerts about unrecognised logins", with or without គណនី (account).
    loginAlerts: ['ជូនដំណឹងអំពីការចូលដែលមិនស្គាល់', 'ជូនដំណឹងអំពីការចូលគណនីដែលមិនស្គាល់'],
    twoFactorCenter: ['ការផ្ទៀងផ្ទាត់ពីរកត្តា'], // guess
    loginAlertsCenter: ['ការជូនដំណឹងអំពីការចូល'], // guess
  },
  values: {
    public: ['សាធារណៈ'],
    everyone: ['គ្រប់គ្នា'], // guess
    // Both spellings of "friend" are in use.
    friends: ['មិត្តភក្តិ', 'មិត្តភ័ក្តិ'],
    friendsOfFriends: ['មិត្តភក្តិរបស់មិត្តភក្តិ'], // guess
    friendsExcept: ['មិត្តភក្តិលើកលែងតែ'], // guess
    specificFriends: ['មិត្តភក្តិជាក់លាក់'], // guess
    onlyMe: ['មានតែខ្ញុំ'],
    // Guess: Khmer software uses either word for "custom".
    custom: ['ផ្ទាល់ខ្លួន', 'តាមបំណង'],
    on: ['បើក'], // guess
    off: ['បិទ'], // guess
    yes: ['បាទ/ចាស', 'បាទ'], // guess
    no: ['ទេ'], // guess
  },
  composer: {
    // Guesses: "edit privacy", "sharing with", "select audience".
    audience: ['កែសម្រួលឯកជនភាព', 'ចែករំលែកជាមួយ', 'ជ្រើសរើសទស្សនិកជន'],
  },
  accounts: {
    // App names stay in Latin letters in Khmer interfaces; ហ្វេសប៊ុក is how Khmer writing spells it.
    facebook: ['Facebook', 'ហ្វេសប៊ុក'],
    other: ['Instagram', 'Messenger', 'Threads', 'Meta Horizon', 'Meta Quest'],
    // Guesses: "two-factor authentication has been turned on / is on", "… off", "help protect your account".
    twoFactorOn: ['ការផ្ទៀងផ្ទាត់ពីរកត្តាត្រូវបានបើក', 'ការផ្ទៀងផ្ទាត់ពីរកត្តាកំពុងបើក'],
    twoFactorOff: ['ការផ្ទៀងផ្ទាត់ពីរកត្តាត្រូវបានបិទ', 'ការផ្ទៀងផ្ទាត់ពីរកត្តាកំពុងបិទ', 'ជួយការពារគណនីរបស់អ្នក'],
  },
  profile: {
    audience: ['កែសម្រួលឯកជនភាព'], // guess, as for the composer
    // Guesses: mobile (two words, each in both spellings of ទូរសព្ទ), phone number, email (both
    // spellings), address; birthday, date of birth, birth year.
    contact: [
      'ទូរសព្ទចល័ត',
      'ទូរស័ព្ទចល័ត',
      'ទូរសព្ទដៃ',
      'ទូរស័ព្ទដៃ',
      'លេខទូរសព្ទ',
      'លេខទូរស័ព្ទ',
      'អ៊ីមែល',
      'អ៊ីម៉ែល',
      'អាសយដ្ឋាន',
    ],
    birthday: ['ថ្ងៃកំណើត', 'ថ្ងៃខែឆ្នាំកំណើត', 'ឆ្នាំកំណើត'],
  },
};

export const FACEBOOK_WORDS: Readonly<Record<string, WordList & typeof en>> = { en, km };
