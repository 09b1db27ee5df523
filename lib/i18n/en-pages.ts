/**
 * English strings that only the larger pages show (options, reminders, survey) or the background
 * uses: kept apart from en.ts so the popup, which loads only en.ts, stays small. Same rules as en.ts.
 */
export const enPages = {
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

  'survey.title': 'Questionnaire',
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
  'survey.preview.browserAsks':
    'When you press Send, Firefox will ask whether this extension may "share personally identifying information". That is Firefox\'s general name for answers such as your age group and gender. Your answers hold no name, phone number, e-mail or address: every one of them is shown above.',
  'survey.send.failed':
    'Your answers could not be handed over for sending. They are still here; please try again.',
  'survey.send.permission':
    'Your answers were not sent: the browser needs your permission to reach the survey and share your answers with it. Press Send again and choose Allow.',
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
    "stopped: Firefox is not allowed to reach the survey. To send your answers, open Add-ons and themes in Firefox, choose this extension, then Permissions and data, and allow it to reach the survey's website again. They will then go by themselves.",
  'survey.problem.sharing-off':
    'paused: sharing your answers is turned off for this extension in Firefox. To send them, open Add-ons and themes in Firefox, choose this extension, then Permissions and data, and turn on sharing personally identifying information.',
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
  'survey.study.checklist': 'Open your checklist and reminders',
  'survey.web.notSecure':
    'This survey page must be opened over a secure connection (https). Please check the link you were given.',

  'checklist.backup.rule321':
    'A good backup follows the 3-2-1 idea: keep 3 copies of what matters, on 2 different kinds of storage (for example your computer and an external drive), with 1 copy in another place, such as the cloud or another building.',
  'checklist.backup.phone.how':
    'On Android, open Settings, then Google, then Backup, and turn backup on. On iPhone, open Settings, tap your name, then iCloud, then iCloud Backup. Now and then, also copy your photos to a computer or a memory card.',
  'checklist.backup.work-documents.how':
    'Copy your work folders to an external drive, and keep a second copy in a place your organisation trusts, such as its cloud storage. If you are not sure where, ask the person who looks after computers at work.',
  'checklist.backup.facebook-data.how':
    'Open Accounts Center, then Your information and permissions, then Download your information. Choose your account and Download to device, and save the file when Facebook tells you it is ready.',
  'checklist.backup.google-data.how':
    'Open Google Takeout, choose what to save and create an export. When Google emails you the link, save the file on your computer or an external drive.',
  'checklist.backup.telegram-chats.how':
    'Open Telegram Desktop on a computer, then Settings, Advanced, Export Telegram data. Choose the chats and files you need and save them on the computer or an external drive.',
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
  'checklist.practice.passwords.why':
    'When one site leaks your password, thieves try it on your other accounts, and a different password for each one stops them.',
  'checklist.practice.passwords.how':
    'Install a password manager, such as Bitwarden or the one built into your browser, and let it make a new password for each account, starting with your email and Facebook.',
  'checklist.practice.screen-lock.why':
    'A lock keeps your messages and accounts safe when your phone or computer is lost, stolen or taken.',
  'checklist.practice.screen-lock.how':
    "Set a PIN of at least 6 digits, or a password, in your phone's security settings, and let the screen lock itself after a minute or two. Do the same on your computer.",
  'checklist.practice.updates.why': 'Updates fix weak spots that attackers already know how to use.',
  'checklist.practice.updates.how':
    'Turn on automatic updates for your phone, computer, browser and apps, and restart when an update asks you to.',
  'checklist.practice.encrypted-messenger.why':
    'With end-to-end encryption, only you and the people you write to can read your messages, not the company and not anyone watching the network.',
  'checklist.practice.encrypted-messenger.how':
    'Install Signal from the official app store, ask the people you work with to do the same, and turn on disappearing messages in sensitive chats.',
  'checklist.practice.incident-contact.why':
    'When an account is stolen or a device is taken, the first hours matter, and the 2024 study found that most people look for help only once they are already in trouble.',
  'checklist.practice.incident-contact.how':
    'Ask your organisation who handles digital security problems, save their number and a second contact outside it, such as the Access Now Digital Security Helpline, and write down what to do first.',
} as const;
