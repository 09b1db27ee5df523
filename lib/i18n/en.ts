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
  'reminders.open': 'Open reminders and checklist',
  'reminders.attention': 'Things that need your attention: {count}',
  'reminders.lastBackup': 'Last backup: {when}',
  'reminders.noBackup': 'No backup recorded yet.',
  'reminders.nextDue': 'Next backup due: {when}',
  'reminders.dueNow': 'A backup is due now.',
  'reminders.notify.backup.title': 'Time to back up',
  'reminders.notify.backup.message':
    'Due now: {subjects}. A backup keeps your files and photos when a phone or computer is lost, stolen or broken.',
  'reminders.notify.twoFactor.title': 'Turn on two-factor login',
  'reminders.notify.twoFactor.message':
    'Two-factor login is off or not known for: {subjects}. With it, a stolen password alone cannot open your account.',
  'reminders.notify.review.title': 'Is two-factor login still on?',
  'reminders.notify.review.message':
    'Six months have passed for: {subjects}. Check that two-factor login is still on and that your recovery codes are still safe.',
  'reminders.notify.clickHint': 'Click to answer.',
  'reminders.action.backedUp': 'I backed up now',
  'reminders.action.tomorrow': 'Remind me tomorrow',
  'reminders.action.turnOn': 'Turn it on',
  'reminders.action.nextWeek': 'Remind me next week',
  'reminders.action.stillOn': 'Yes, still on and safe',
  'reminders.page.title': 'Reminders and checklist',
  'reminders.page.intro':
    'Tick the accounts you use and what you back up. We remind you at most once a day, never during your quiet hours, and nothing leaves your device.',
  'reminders.focus.heading': 'Your reminder',
  'reminders.focus.answered': 'Thank you. This reminder is closed.',
  'reminders.next.heading': 'What to do next',
  'reminders.next.none': 'Nothing needs your attention now. Well done.',
  'reminders.next.choose': 'Tick the accounts you use and what you back up, below. It takes two minutes.',
  'reminders.next.twoFactor': 'Turn on two-factor login for {account}',
  'reminders.next.backup': 'Back up: {backup}',
  'reminders.next.review': 'Check that two-factor login is still on for {account}',
  'reminders.next.practice': 'Checklist: {practice}',
  'reminders.next.more': 'More things to do below: {count}.',
  'reminders.accounts.heading': 'Your accounts and two-factor login',
  'reminders.accounts.intro':
    'Tick the accounts you use. Two-factor login asks for a code from your phone as well as your password, so a stolen password alone cannot open your account.',
  'reminders.accounts.choose': 'Accounts I use',
  'reminders.accounts.status': 'Two-factor login: {status}',
  'reminders.accounts.open': 'Open the two-factor setting',
  'reminders.accounts.steps': 'How to turn it on',
  'reminders.accounts.saidOn': 'I turned it on',
  'reminders.accounts.saidOff': 'It is off',
  'reminders.accounts.reviewDue':
    'Six months have passed. Is two-factor login still on, and are your recovery codes still safe?',
  'reminders.accounts.stillOn': 'Yes, still on',
  'reminders.backups.heading': 'Your backups',
  'reminders.backups.intro':
    'Tick what you back up and choose how often. We remind you when a backup is due.',
  'reminders.backups.choose': 'What I back up',
  'reminders.backups.cadence': 'How often',
  'reminders.backups.how': 'How to back it up',
  'reminders.backups.guide': 'Open a guide',
  'reminders.practices.heading': 'Checklist',
  'reminders.practices.intro':
    'Good habits that no settings page can show us. Mark each one when it is done.',
  'reminders.practices.how': 'How to do it',
  'reminders.practices.forStaff': 'For people who work in an organisation.',
  'reminders.practices.answer.done': 'Done',
  'reminders.practices.answer.not-yet': 'Not yet',
  'reminders.practices.answer.not-applicable': 'Does not apply to me',
  'reminders.rhythm.heading': 'When reminders come',
  'reminders.rhythm.intro':
    "At most one reminder a day, and none during your quiet hours. Times are on this computer's clock.",
  'reminders.rhythm.quietFrom': 'Quiet from',
  'reminders.rhythm.quietUntil': 'Quiet until',
  'reminders.rhythm.pause': 'Pause all reminders for a week',
  'reminders.rhythm.paused': 'Reminders are paused until {when}.',
  'reminders.rhythm.resume': 'Resume reminders',
  'options.reminders.body': 'What you are reminded about, quiet hours and pausing are on the reminders page.',
  'survey.heading': 'Questionnaire',
  'practice.heading': 'Practice mode',
  'practice.popup.body':
    'For trainers: show safe settings on look-alike screens, with no account and no internet.',
  'practice.open': 'Open practice mode',
  'practice.options.body':
    'For trainers: look-alike settings screens and a workshop script that need no account and no internet.',

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
  'twoFactorSites.heading': 'Two-step login on other websites',
  'twoFactorSites.body':
    'When this is on and you open a website that offers two-step login, such as an online shop, a bank or a work tool, we tell you once, with a link to how to turn it on. The list of websites comes with the extension and the check is done on this device: the websites you visit are never sent anywhere.',
  'twoFactorSites.permission':
    'To know which website you open, the extension needs a permission your browser calls "Read your browsing history". Your browser asks you for it when you turn this on, and the extension gives it back when you turn this off.',
  'twoFactorSites.toggle': 'Tell me when a website I visit offers two-step login',
  'twoFactorSites.refused': 'The browser did not give the permission, so this stays off.',
  'twoFactorSites.failed': 'That did not work. Please try again.',
  'twoFactorSites.notice.title': '{name} offers two-step login',
  'twoFactorSites.notice.body':
    'If you have an account there, turn it on, so a stolen password alone cannot open it. Ways offered: {methods}.',
  'twoFactorSites.notice.open': 'Show me how',
  'twoFactorSites.notice.done': 'It is already on',
  'twoFactorSites.notice.clickHint': 'Click to see how.',
  'twoFactorSites.method.sms': 'text message (SMS)',
  'twoFactorSites.method.call': 'phone call',
  'twoFactorSites.method.email': 'email',
  'twoFactorSites.method.u2f': 'security key',
  'twoFactorSites.method.totp': 'authenticator app',
  'twoFactorSites.method.custom-software': "the site's own app",
  'twoFactorSites.method.custom-hardware': "the site's own device",
  'options.about.heading': 'About',
  'options.about.twoFactorData': '2FA data: 2fa.directory, MIT licence.',
  'options.about.licence': 'Read the licence',
  'options.prompts.heading': 'Tips on Facebook',
  'options.prompts.body':
    'Short tips appear on Facebook pages when they matter: before you post publicly, on a risky setting, and at most once a day while two-factor login is off.',
  'options.prompts.toggle': 'Show tips on Facebook pages',
  'options.prompts.turnedOff': 'Tips you turned off: {count}.',
  'options.prompts.restore': 'Show all tips again',

  'prompt.dismiss': 'Not now',
  'prompt.turnOff': "Don't show this again",
  'prompt.facebook.post-audience.title': 'This post will be Public',
  'prompt.facebook.post-audience.body':
    'Anyone, on or off Facebook, can see, copy and report a public post. In the 2024 study, people who posted about human rights or politics were the ones attacked. For a personal post, choose Friends.',
  'prompt.facebook.two-factor.title': 'Turn on two-factor login',
  'prompt.facebook.two-factor.body':
    'With two-factor login, a stolen password alone cannot open your account. In the 2024 study, stolen accounts were one of the most common problems.',
  'prompt.facebook.two-factor.open': 'Open two-factor settings',
  'prompt.facebook.future-posts.instead':
    'This is set to Public, so anyone can see your new posts. Change it to Friends here.',
  'prompt.facebook.lookup-email.instead':
    'Anyone can find you with your email address. Change this to Friends or Only me here.',
  'prompt.facebook.lookup-phone.instead':
    'Anyone can find you with your phone number. Change this to Friends or Only me here.',
  'prompt.facebook.search-engines.instead': 'Search engines show your profile to anyone. Turn this off here.',
  'prompt.facebook.friends-list.instead':
    'Anyone can see who your friends are. Change this to Friends or Only me here.',
  'prompt.facebook.friend-requests.instead':
    'Anyone can send you friend requests. Change this to Friends of friends here.',
  'prompt.facebook.tag-review.instead':
    'Posts you are tagged in appear on your profile without your approval. Turn review on here.',
  'prompt.facebook.profile-contact.instead':
    'Anyone can see this contact information. Change it to Friends or Only me here.',
  'prompt.facebook.two-factor.instead':
    'Two-factor login is off. Turn it on here, with an authentication app if you can.',
  'prompt.facebook.login-alerts.instead':
    'You would not hear about a login from a new device. Turn these alerts on here.',

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
  'checklist.backup.rule321':
    'A good backup follows the 3-2-1 idea: keep 3 copies of what matters, on 2 different kinds of storage (for example your computer and an external drive), with 1 copy in another place, such as the cloud or another building.',
  'checklist.backup.phone.title': 'Phone photos and contacts',
  'checklist.backup.phone.how':
    'On Android, open Settings, then Google, then Backup, and turn backup on. On iPhone, open Settings, tap your name, then iCloud, then iCloud Backup. Now and then, also copy your photos to a computer or a memory card.',
  'checklist.backup.work-documents.title': 'Work documents',
  'checklist.backup.work-documents.how':
    'Copy your work folders to an external drive, and keep a second copy in a place your organisation trusts, such as its cloud storage. If you are not sure where, ask the person who looks after computers at work.',
  'checklist.backup.facebook-data.title': 'Your Facebook data',
  'checklist.backup.facebook-data.how':
    'Open Accounts Center, then Your information and permissions, then Download your information. Choose your account and Download to device, and save the file when Facebook tells you it is ready.',
  'checklist.backup.google-data.title': 'Your Google data (Gmail, Drive, Photos)',
  'checklist.backup.google-data.how':
    'Open Google Takeout, choose what to save and create an export. When Google emails you the link, save the file on your computer or an external drive.',
  'checklist.backup.telegram-chats.title': 'Telegram chats',
  'checklist.backup.telegram-chats.how':
    'Open Telegram Desktop on a computer, then Settings, Advanced, Export Telegram data. Choose the chats and files you need and save them on the computer or an external drive.',
  'checklist.twoFactor.on': 'On',
  'checklist.twoFactor.off': 'Off',
  'checklist.twoFactor.unknown': 'Not known yet',
  'checklist.twoFactor.source.detected': 'Read from the settings page',
  'checklist.twoFactor.source.user': 'You told us',
  'checklist.recoveryCodes.label': 'I saved my recovery codes',
  'checklist.recoveryCodes.why':
    'Recovery codes get you back into your account if you lose your phone, so keep them on paper or somewhere safe away from it.',
  'checklist.account.facebook.steps':
    'Open Accounts Center, then Password and security, then Two-factor authentication, and choose your Facebook account. Pick an authentication app if you can, or text message (SMS), and save your recovery codes.',
  'checklist.account.messenger.steps':
    'Messenger uses your Facebook account, so turning on two-factor authentication for Facebook protects Messenger too.',
  'checklist.account.google.steps':
    'Open your Google Account, then Security, then 2-Step Verification, and follow the steps. The same account covers Gmail and YouTube. Save your backup codes somewhere safe.',
  'checklist.account.telegram.steps':
    'In the Telegram app, open Settings, then Privacy and Security, then Two-Step Verification, and set a password you use nowhere else. Add a recovery email that you can open.',
  'checklist.account.instagram.steps':
    'Open Accounts Center, then Password and security, then Two-factor authentication, and choose your Instagram account. Pick an authentication app if you can, and save your recovery codes.',
  'checklist.account.tiktok.steps':
    'In the TikTok app, open Profile, then the menu, then Settings and privacy, then Security, then 2-step verification. Choose at least two ways to get your codes.',
  'checklist.account.x.steps':
    'Open Settings, then Security and account access, then Security, then Two-factor authentication. Pick an authentication app if you can, and save your backup code.',
  'checklist.account.linkedin.steps':
    'Open Settings, then Sign in and security, then Two-step verification, and turn it on. Pick an authenticator app if you can.',
  'checklist.account.microsoft.steps':
    'Open your Microsoft account, then Security, then Advanced security options, and turn on two-step verification. This also protects Outlook, Hotmail and Skype.',
  'checklist.practice.passwords.title': 'A password manager, or a different password for every account',
  'checklist.practice.passwords.why':
    'When one site leaks your password, thieves try it on your other accounts, and a different password for each one stops them.',
  'checklist.practice.passwords.how':
    'Install a password manager, such as Bitwarden or the one built into your browser, and let it make a new password for each account, starting with your email and Facebook.',
  'checklist.practice.screen-lock.title': 'A screen lock on your phone and computer',
  'checklist.practice.screen-lock.why':
    'A lock keeps your messages and accounts safe when your phone or computer is lost, stolen or taken.',
  'checklist.practice.screen-lock.how':
    "Set a PIN of at least 6 digits, or a password, in your phone's security settings, and let the screen lock itself after a minute or two. Do the same on your computer.",
  'checklist.practice.updates.title': 'Up-to-date phone, computer and apps',
  'checklist.practice.updates.why': 'Updates fix weak spots that attackers already know how to use.',
  'checklist.practice.updates.how':
    'Turn on automatic updates for your phone, computer, browser and apps, and restart when an update asks you to.',
  'checklist.practice.encrypted-messenger.title':
    'An encrypted messenger, such as Signal, for sensitive talk',
  'checklist.practice.encrypted-messenger.why':
    'With end-to-end encryption, only you and the people you write to can read your messages, not the company and not anyone watching the network.',
  'checklist.practice.encrypted-messenger.how':
    'Install Signal from the official app store, ask the people you work with to do the same, and turn on disappearing messages in sensitive chats.',
  'checklist.practice.incident-contact.title': 'Knowing who to call when something goes wrong',
  'checklist.practice.incident-contact.why':
    'When an account is stolen or a device is taken, the first hours matter, and the 2024 study found that most people look for help only once they are already in trouble.',
  'checklist.practice.incident-contact.how':
    'Ask your organisation who handles digital security problems, save their number and a second contact outside it, such as the Access Now Digital Security Helpline, and write down what to do first.',
  'survey.title': 'Questionnaire',
  'survey.popup.body':
    'An optional, anonymous questionnaire for the study on digital safety in Cambodia. Nothing is sent unless you choose to send it.',
  'survey.popup.open': 'Take the survey',
  'survey.back': 'Back',
  'survey.next': 'Next',
  'survey.consent.heading': 'Before you start',
  'survey.consent.intro':
    'This questionnaire is optional. It helps a study of digital safety among civil-society staff and young people in Cambodia. Please read how your answers are protected.',
  'survey.consent.collected.heading': 'What is collected',
  'survey.consent.collected.body':
    'Your choices to the questions: what you use, what happened to you, what your organisation does, and your opinions. For groups, only your kind of organisation, an age range and your gender, each with "prefer not to say".',
  'survey.consent.never.heading': 'What is never collected',
  'survey.consent.never.body':
    'Your name, accounts, contacts, exact age, where you live, the time you answer, or your internet address. There are no boxes to type text in.',
  'survey.consent.rr.heading': 'Extra protection for four answers',
  'survey.consent.rr.body':
    'For four sensitive questions we sometimes send the other answer on purpose, so no one can be sure what any one person said. The study can still count how many people answered each way. (In technical terms: randomized response with ε = {epsilon} per question, {total} in total.)',
  'survey.consent.where.heading': 'Where your answers go',
  'survey.consent.where.body':
    "To the study's collector named in the link your trainer gives you. You see every answer before anything is sent. Questions about security problems you had are sent separately, later, so they cannot be linked to your other answers.",
  'survey.consent.where.fixed':
    "To the study's collector at {collector}. You see every answer before anything is sent. Questions about security problems you had are sent separately, later, so they cannot be linked to your other answers.",
  'survey.consent.withdraw.heading': 'Anonymous means final',
  'survey.consent.withdraw.body':
    'Because nothing links your answers to you, an answer cannot be found and withdrawn after it is sent.',
  'survey.consent.skip.heading': 'Skip anything',
  'survey.consent.skip.body':
    'Every question can be skipped. You can stop at any time; your answers stay on this device until you send them.',
  'survey.consent.start': 'I understand, start',
  'survey.shared.summary': 'For trainers: shared computer',
  'survey.shared.label': 'This computer is shared by several participants',
  'survey.shared.hint':
    'After each person sends their answers, their answers are wiped from this computer and the questionnaire starts again for the next person.',
  'survey.shared.sentHeading': 'The previous answers were sent',
  'survey.shared.nextPerson': 'Hide this for the next person',
  'survey.link.heading': 'Your survey link',
  'survey.link.body': 'Paste the link your trainer gave you. It says where your answers go.',
  'survey.link.label': 'Survey link',
  'survey.link.hint': 'It looks like https://survey.example.org/join/workshop-2026',
  'survey.link.problem.empty': 'Please paste the link first.',
  'survey.link.problem.not-a-link': 'This is not a web link. Copy the whole link, starting with https://',
  'survey.link.problem.not-secure':
    'This link is not secure (it starts with http://). Ask your trainer for the link that starts with https://',
  'survey.link.problem.not-a-join-link':
    'This link is not a survey link. A survey link ends with /join/ and a code.',
  'survey.link.problem.bad-code':
    'The code at the end of this link is not valid. Ask your trainer for the link again.',
  'survey.link.alreadySent':
    'You already sent answers to the survey "{campaign}" from this browser. Thank you! Each person answers once.',
  'survey.adult.heading': 'First, your age',
  'survey.progress': 'Part {index} of {count}',
  'survey.skipHint': 'You can skip any question: leave it empty and press Next.',
  'survey.question.several': 'Choose all that apply.',
  'survey.question.protectedKept':
    'You answered this already. To protect you, only the protected answer was kept, so your choice is not shown. Choose again to change it.',
  'survey.question.clear': 'Clear my answer',
  'survey.term.what': 'What does "{term}" mean?',
  'survey.ended.heading': 'Thank you',
  'survey.lost.heading': 'This step no longer applies to your answers.',
  'survey.preview.heading': 'Check what will be sent',
  'survey.preview.intro':
    'This is exactly what will be sent to the survey "{campaign}". Nothing else is sent.',
  'survey.preview.protected': '(protected answer)',
  'survey.preview.rrMark': 'Answers marked {mark}:',
  'survey.preview.main': 'Your answers',
  'survey.preview.none': 'No answers: you skipped every question.',
  'survey.preview.followup': 'Sent separately: security problems',
  'survey.preview.followupWhy':
    'This part is sent on its own, at a random time within 24 hours, with nothing that links it to your other answers.',
  'survey.preview.followupEmpty':
    'Empty: everyone who answered the security question sends this part, so that sending it says nothing about you.',
  'survey.preview.raw': 'Show the exact data (JSON)',
  'survey.preview.alreadySent': 'You already sent answers to this survey from this browser.',
  'survey.preview.change': 'Change my answers',
  'survey.preview.send': 'Send my answers',
  'survey.send.failed':
    'Your answers could not be handed over for sending. They are still here; please try again.',
  'survey.send.permission':
    'Your answers were not sent: the browser needs your permission to reach the survey. Press Send again and choose Allow.',
  'survey.file.heading': 'No internet? Save your answers to a file',
  'survey.file.body':
    'The file holds your answers without the separate security part, which is only sent online. Give the file to your trainer, who can add it to the survey.',
  'survey.file.save': 'Save my answers to a file',
  'survey.done.heading': 'Thank you for taking part',
  'survey.done.body': 'Here is where your answers are.',
  'survey.status.main': 'Your answers:',
  'survey.status.followup': 'Security part:',
  'survey.status.sent': 'sent. Receipt: {receipt}',
  'survey.status.waiting': 'waiting to be sent. It goes as soon as the survey can be reached.',
  'survey.status.waitingFollowup':
    'waiting. It is sent at a random time within 24 hours, so it cannot be linked to your answers.',
  'survey.status.kept': 'Your answers are kept on this device.',
  'survey.problem.bad-request':
    'stopped: the survey did not accept these answers (this version of the questionnaire may be too old).',
  'survey.problem.unknown-campaign': 'stopped: this survey does not exist. Check the link with your trainer.',
  'survey.problem.closed': 'stopped: this survey has closed and takes no more answers.',
  'survey.problem.too-large': 'stopped: the answers were too large for the survey.',
  'survey.problem.conflict': 'stopped: the survey already has other answers under the same number.',
  'survey.problem.permission-needed':
    'stopped: this browser was not allowed to reach the survey. Send your answers again and allow it when asked.',
  'survey.problem.refused': 'stopped: the survey refused the answers.',
  'survey.study.heading': 'You and the study',
  'survey.study.intro': 'Your answers, shown only here on this device, beside what the 2024 study found.',
  'survey.study.caveat':
    'These figures come from that study of 80 people, not from a sample that represents everyone. Most figures for international NGOs are quarters (25%, 50%, 75%), which suggests only about four such people answered.',
  'survey.study.yours': 'You:',
  'survey.study.yoursProtected': 'protected: your own answer was not kept, so it is not shown.',
  'survey.study.yoursSkipped': 'skipped.',
  'survey.study.figure': '2024 study, {group}: {answer}: {percent}%',
  'survey.study.next': 'What to do next',
  'survey.web.notSecure':
    'This survey page must be opened over a secure connection (https). Please check the link you were given.',
} as const;

export type MessageKey = keyof typeof en;
