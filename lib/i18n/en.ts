import type { enPages } from './en-pages';

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
  'platform.google': 'Google',
  'score.label': 'Score: {good} of {known}',
  'score.explain': 'Settings that are safe or kept on purpose, out of those we could read.',
  'checkNow.button': 'Check now',
  'checkNow.hint':
    'Opens your settings pages in the background, reads them and closes them. It changes nothing.',
  'checkNow.running': 'Checking page {done} of {total}…',
  'checkNow.done': 'Pages checked: {total}. The results are below.',
  'checkNow.incomplete':
    'Pages read: {read} of {total}. The others did not load in time. Check your internet connection, then press "Check now" again.',
  'checkNow.login-required': 'Please log in to {platform} in this browser, then press "Check now" again.',
  'checkNow.not-reached':
    'Your {platform} settings page did not open: you may need to sign in. Open the page, sign in if asked, then press "Check now" again.',
  'checkNow.openPage': 'Open the {platform} page',
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
  'reminders.open': 'Open reminders and checklist',
  'reminders.attention': 'Things that need your attention: {count}',
  'reminders.lastBackup': 'Last backup: {when}',
  'reminders.noBackup': 'No backup recorded yet.',
  'reminders.nextDue': 'Next backup due: {when}',
  'reminders.dueNow': 'A backup is due now.',
  'reminders.next.heading': 'What to do next',
  'reminders.next.none': 'Nothing needs your attention now. Well done.',
  'reminders.next.choose': 'Tick the accounts you use and what you back up, below. It takes two minutes.',
  'reminders.next.twoFactor': 'Turn on two-factor login for {account}',
  'reminders.next.backup': 'Back up: {backup}',
  'reminders.next.review': 'Check that two-factor login is still on for {account}',
  'reminders.next.practice': 'Checklist: {practice}',
  'reminders.next.more': 'More things to do below: {count}.',
  'survey.heading': 'Questionnaire',
  'practice.heading': 'Practice mode',
  'practice.popup.body':
    'For trainers: show safe settings on look-alike screens, with no account and no internet.',
  'practice.open': 'Open practice mode',
  'practice.options.body':
    'For trainers: look-alike settings screens and a workshop script that need no account and no internet.',

  'popup.openOptions': 'Settings',
  'privacy.short': 'Nothing leaves your device.',

  'check.facebook.future-posts.title': 'Who can see your future posts',
  'check.facebook.future-posts.why':
    'Public posts can be seen, copied and mass-reported by anyone. In the 2024 study, reported posts were one of the most common problems.',
  'check.facebook.future-posts.fix':
    'Open the setting, choose "Who can see your future posts?", and pick Friends.',
  'check.facebook.lookup-email.title': 'Who can look you up by your email address',
  'check.facebook.lookup-email.why':
    'Anyone who has your email address can find your profile, with the name and photos most people in the 2024 study share publicly.',
  'check.facebook.lookup-email.fix':
    'Open the setting, find "Who can look you up using the email address you provided?", select it and choose Friends or Only me.',
  'check.facebook.lookup-phone.title': 'Who can look you up by your phone number',
  'check.facebook.lookup-phone.why':
    'Anyone who has your phone number can find your profile, which makes it easier to target you and try to steal your account, the most common problem in the 2024 study.',
  'check.facebook.lookup-phone.fix':
    'Open the setting, find "Who can look you up using the phone number you provided?", select it and choose Friends or Only me.',
  'check.facebook.search-engines.title': 'Your profile in search engines',
  'check.facebook.search-engines.why':
    'Anyone who searches your name on the web can find your profile and photos; in the 2024 study, human-rights defenders and women were the people most often harassed online.',
  'check.facebook.search-engines.fix':
    'Open the setting, find "Do you want search engines outside of Meta to link to your profile?" (it may say Facebook instead of Meta), and turn it off or choose No.',
  'check.facebook.friends-list.title': 'Who can see your friends list',
  'check.facebook.friends-list.why':
    'A public friends list shows strangers who your family and colleagues are, which helps anyone who wants to copy your account or get your posts mass-reported.',
  'check.facebook.friends-list.fix':
    'Open the setting, find "Who can see your friends list?", select it and choose Friends or Only me.',
  'check.facebook.friend-requests.title': 'Who can send you friend requests',
  'check.facebook.friend-requests.why':
    'With Everyone, any stranger or fake account can ask to be your friend, a common first step in the harassment that the 2024 study found aimed most at women and human-rights defenders.',
  'check.facebook.friend-requests.fix':
    'Open the setting, find "Who can send you friend requests?", select it and choose Friends of friends.',
  'check.facebook.tag-review.title': 'Review posts you are tagged in',
  'check.facebook.tag-review.why':
    'When review is off, any post you are tagged in appears on your profile at once, so a fake or hostile post can be shown in your name; in the 2024 study, mass-reported posts were one of the most common problems.',
  'check.facebook.tag-review.fix':
    'Open the setting. Under "Reviewing", turn on "Review posts you\'re tagged in before the post appears on your profile?". Posts you are tagged in then wait until you approve them.',
  'check.facebook.profile-contact.title': 'Contact info and birthday on your profile',
  'check.facebook.profile-contact.why':
    'Most people in the 2024 study show their name and photos publicly; a public phone number, email, address or birthday added to that helps strangers find you, pretend to be you or guess their way into your account.',
  'check.facebook.profile-contact.fix':
    'Open your profile, choose About, then Contact and basic info. Next to your mobile number, email, address and birthday, click the audience button and choose Friends or Only me. Do this for every item that shows the globe (Public) icon.',
  'check.facebook.two-factor.title': 'Two-factor authentication',
  'check.facebook.two-factor.why':
    'Account theft was the most common attack in the 2024 study; with two-factor authentication, a stolen password alone does not open your account.',
  'check.facebook.two-factor.fix':
    'Open the setting (Accounts Center, then Password and security, then Two-factor authentication) and choose your Facebook account. Pick an authentication app, the safest choice, or text message (SMS), and follow the steps. Then save your recovery codes on paper or somewhere safe away from your phone, so you can still log in if you lose it.',
  'check.facebook.login-alerts.title': 'Alerts about unrecognised logins',
  'check.facebook.login-alerts.why':
    'An alert tells you at once when someone logs in from a phone or computer you do not use, so you can change your password before a thief takes over; account theft was the most common attack in the 2024 study.',
  'check.facebook.login-alerts.fix':
    'Open the setting (Accounts Center, then Password and security, then Login alerts) and choose your Facebook account. Turn on in-app notifications and email. If an alert ever shows a login that was not you, choose "This wasn\'t me" and follow the steps to secure your account.',
  'check.google.two-factor.title': 'Google 2-Step Verification',
  'check.google.two-factor.why':
    'Your Google Account opens Gmail and YouTube, and whoever reads your Gmail can reset the passwords of your other accounts. Account theft was the most common attack in the 2024 study; with 2-Step Verification, a stolen password alone does not open your account.',
  'check.google.two-factor.fix':
    'Open the setting (Google Account, then Security, then 2-Step Verification) and press "Turn on 2-Step Verification". Choose Google prompts on your phone or an authenticator app, and follow the steps. Then get your backup codes and keep them on paper or somewhere safe away from your phone.',

  'checklist.cadence.daily': 'Every day',
  'checklist.cadence.weekly': 'Every week',
  'checklist.cadence.monthly': 'Every month',
  'checklist.backup.phone.title': 'Phone photos and contacts',
  'checklist.backup.work-documents.title': 'Work documents',
  'checklist.backup.facebook-data.title': 'Your Facebook data',
  'checklist.backup.google-data.title': 'Your Google data (Gmail, Drive, Photos)',
  'checklist.backup.telegram-chats.title': 'Telegram chats',
  'checklist.twoFactor.on': 'On',
  'checklist.twoFactor.off': 'Off',
  'checklist.twoFactor.unknown': 'Not known yet',
  'checklist.twoFactor.source.detected': 'Read from the settings page',
  'checklist.twoFactor.source.user': 'You told us',
  'checklist.recoveryCodes.label': 'I saved my recovery codes',
  'checklist.practice.passwords.title': 'A password manager, or a different password for every account',
  'checklist.practice.screen-lock.title': 'A screen lock on your phone and computer',
  'checklist.practice.updates.title': 'Up-to-date phone, computer and apps',
  'checklist.practice.encrypted-messenger.title':
    'An encrypted messenger, such as Signal, for sensitive talk',
  'checklist.practice.incident-contact.title': 'Knowing who to call when something goes wrong',
  'survey.popup.body':
    'An optional, anonymous questionnaire for the study on digital safety in Cambodia. Nothing is sent unless you choose to send it.',
  'survey.popup.open': 'Take the survey',
} as const;

/** The strings every page may show, the popup's among them. */
export type PopupKey = keyof typeof en;
export type MessageKey = PopupKey | keyof typeof enPages;
