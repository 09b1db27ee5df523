/** English strings. Every key here must exist, non-empty, in km.ts too (a test checks). */
export const en = {
  'app.name': 'Digital Hygiene Check',
  'app.tagline': 'Keep your accounts safe, one step at a time.',
  'language.label': 'Language',
  'language.en': 'English',
  'language.km': 'ខ្មែរ (Khmer)',

  'status.heading': 'Am I OK?',
  'status.none.title': 'Not checked yet',
  'status.none.body': 'Open your Facebook privacy settings. We check them while you look, on this device.',
  'status.ok.title': 'The settings we checked look safe',
  'status.ok.body': 'Settings checked: {count}. Check again after Facebook changes its settings pages.',
  'status.attention.title': 'Settings that need your attention: {count}',
  'status.attention.body': 'Start with the first one below. It takes a minute.',
  'status.unknown.title': 'We could not read some settings',
  'status.unknown.body': 'Open the settings page again and scroll to the setting so we can see it.',
  'status.next': 'Next step',
  'status.openFacebookSettings': 'Open Facebook privacy settings',

  'findings.heading': 'Your settings',
  'findings.empty': 'No settings checked yet. Press "Check now", or visit your Facebook settings.',
  'platform.facebook': 'Facebook',
  'score.label': 'Score: {good} of {known}',
  'score.explain': 'Settings that are safe or kept on purpose, out of those we could read.',
  'checkNow.button': 'Check now',
  'checkNow.hint':
    'Opens your settings pages in the background, reads them and closes them. It changes nothing.',
  'checkNow.running': 'Checking page {done} of {total}…',
  'checkNow.done': 'Pages checked: {total}. The results are below.',
  'checkNow.login-required': 'Please log in to Facebook in this browser, then press "Check now" again.',
  'checkNow.interrupted': 'The check stopped before it finished. Press "Check now" to try again.',
  'findings.state.risky': 'Needs attention',
  'findings.state.safe': 'Safe',
  'findings.state.unknown': 'Could not read',
  'findings.state.acknowledged': 'Kept on purpose',
  'findings.why': 'Why it matters',
  'findings.fix': 'How to fix it',
  'findings.open': 'Open this setting',
  'findings.acknowledge': 'This is intentional',
  'findings.unacknowledge': 'Show it as a risk again',
  'findings.seen': 'Seen {when}',

  'reminders.heading': 'Reminders',
  'reminders.empty': 'Backup and two-factor login reminders are not in this version yet.',
  'survey.heading': 'Questionnaire',
  'survey.empty': 'The optional, anonymous questionnaire is not in this version yet.',
  'practice.heading': 'Practice mode',
  'practice.empty': 'Practice mode for trainers is not in this version yet.',

  'popup.openOptions': 'Settings',
  'privacy.short': 'Nothing leaves your device.',

  'options.title': 'Digital Hygiene Check settings',
  'options.language.hint': 'The extension uses this language, whatever language your browser uses.',
  'options.data.heading': 'Your data',
  'options.data.body': 'Checked settings, stored on this device only: {count}.',
  'options.data.clear': 'Delete checked settings',
  'options.data.cleared': 'Deleted. Nothing is stored now.',
  'options.data.failed': 'Could not delete. Please try again.',
  'options.privacy.heading': 'Privacy',
  'options.privacy.body':
    'This extension sends nothing over the internet. It reads only the names and values of your privacy settings, never your posts, messages, friends or photos.',

  'check.facebook.future-posts.title': 'Who can see your future posts',
  'check.facebook.future-posts.why':
    'Public posts can be seen, copied and mass-reported by anyone. In the 2024 study, reported posts were one of the most common problems.',
  'check.facebook.future-posts.fix':
    'Open the setting, choose "Who can see your future posts?", and pick Friends.',
} as const;

export type MessageKey = keyof typeof en;
