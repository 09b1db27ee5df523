import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { ReminderSummary } from '../../components/reminders/ReminderSummary';
import { RemindersPage, type RemindersPageProps } from '../../components/reminders/RemindersPage';
import { OptionsApp } from '../../entrypoints/options/App';
import { RemindersApp } from '../../entrypoints/reminders/App';
import type { Language } from '../../lib/i18n/language';
import { reminderId } from '../../lib/reminders/notification';
import { DAY, type ReminderState, WEEK } from '../../lib/reminders/schedule';
import { type Checklist, preferences, reminderSettings } from '../../lib/storage/items';
import { fresh } from '../unit/reminders/support';

/** 10:00 on 1 March 2026, this machine's local time (the page formats dates in local time). */
const NOW = new Date(2026, 2, 1, 10, 0).getTime();

const used: ReminderState = fresh({
  settings: {
    backups: {
      phone: { ticked: true, cadence: 'weekly' },
      'work-documents': { ticked: true, cadence: 'monthly' },
    },
    quietHours: { start: 21 * 60, end: 7 * 60 },
  },
  backups: { phone: { at: NOW - 2 * DAY } },
  accounts: {
    used: ['facebook', 'google'],
    security: {
      facebook: { twoFactor: { status: 'off', source: 'user', at: NOW - DAY }, recoveryCodesSaved: false },
      google: {
        twoFactor: { status: 'on', source: 'detected', at: NOW - DAY },
        recoveryCodesSaved: true,
        reviewedAt: NOW - DAY,
      },
    },
  },
});

function renderPage(overrides: Partial<RemindersPageProps> = {}, language: Language = 'en') {
  const props: RemindersPageProps = {
    state: fresh(),
    checklist: {},
    now: NOW,
    focus: undefined,
    answered: false,
    onChange: vi.fn(),
    onAnswer: vi.fn(),
    onLanguageChange: vi.fn(),
    ...overrides,
  };
  render(
    <I18nProvider language={language}>
      <RemindersPage {...props} />
    </I18nProvider>,
  );
  return props;
}

const section = (id: string) => document.querySelector(`[data-section="${id}"]`) as HTMLElement;

describe('the reminders page for a new user', () => {
  it('starts with what to do next, then the accounts and backups to tick, the checklist and the rhythm', () => {
    renderPage();
    const order = [...document.querySelectorAll('main [data-section]')].map((el) =>
      el.getAttribute('data-section'),
    );
    expect(order).toEqual(['next', 'accounts', 'backups', 'checklist', 'rhythm']);
    const first = within(section('next')).getAllByRole('link')[0];
    expect(first?.textContent).toBe(
      'Tick the accounts you use and what you back up, below. It takes two minutes.',
    );
    expect(first?.getAttribute('href')).toBe('#accounts');
    for (const anchor of ['next', 'accounts', 'backups', 'checklist', 'rhythm']) {
      expect(document.getElementById(anchor)?.getAttribute('data-section')).toBe(anchor);
    }
  });

  it('ticks accounts and backup kinds in one click each, a backup at the weekly default', () => {
    const props = renderPage();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Telegram' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'account-used', account: 'telegram', used: true });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phone photos and contacts' }));
    expect(props.onChange).toHaveBeenCalledWith({
      kind: 'backup-choice',
      backup: 'phone',
      ticked: true,
      cadence: 'weekly',
    });
  });

  it('explains the 3-2-1 idea beside the backups', () => {
    renderPage();
    expect(within(section('backups')).getByText(/3-2-1 idea/)).toBeTruthy();
  });
});

describe('accounts', () => {
  it("show each ticked account's two-factor login, how it was learned, and how to turn it on", () => {
    renderPage({ state: used });
    const facebook = document.getElementById('account-facebook') as HTMLElement;
    expect(facebook.getAttribute('data-two-factor')).toBe('off');
    expect(within(facebook).getByText('Two-factor login: Off')).toBeTruthy();
    expect(within(facebook).getByText(/You told us/)).toBeTruthy();
    expect(
      within(facebook).getByRole('link', { name: 'Open the two-factor setting' }).getAttribute('href'),
    ).toBe('https://accountscenter.facebook.com/password_and_security/two_factor');
    expect(within(facebook).getByText(/Open Accounts Center, then Password and security/)).toBeTruthy();
    const google = document.getElementById('account-google') as HTMLElement;
    expect(within(google).getByText('Two-factor login: On')).toBeTruthy();
    expect(within(google).getByText(/Read from the settings page/)).toBeTruthy();
    expect(document.getElementById('account-telegram')).toBeNull();
  });

  it('take what the user says: turned on, off, recovery codes saved', () => {
    const props = renderPage({ state: used });
    const facebook = document.getElementById('account-facebook') as HTMLElement;
    expect(within(facebook).queryByRole('button', { name: 'It is off' })).toBeNull();
    fireEvent.click(within(facebook).getByRole('button', { name: 'I turned it on' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'two-factor', account: 'facebook', status: 'on' });
    fireEvent.click(within(facebook).getByRole('checkbox', { name: 'I saved my recovery codes' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'recovery-codes', account: 'facebook', saved: true });
    const google = document.getElementById('account-google') as HTMLElement;
    fireEvent.click(within(google).getByRole('button', { name: 'It is off' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'two-factor', account: 'google', status: 'off' });
  });

  it('ask after six months whether two-factor login is still on', () => {
    const props = renderPage({ state: used, now: NOW + 200 * DAY });
    const google = document.getElementById('account-google') as HTMLElement;
    fireEvent.click(within(google).getByRole('button', { name: 'Yes, still on' }));
    expect(props.onChange).toHaveBeenCalledWith({
      kind: 'review',
      accounts: ['google'],
      stillOn: true,
      codesSafe: true,
    });
    expect(document.getElementById('account-facebook')?.querySelector('.review')).toBeNull();
  });
});

describe('backups', () => {
  it('show the last backup and the next due, and record one now', () => {
    const props = renderPage({ state: used });
    const phone = document.getElementById('backup-phone') as HTMLElement;
    expect(phone.getAttribute('data-due')).toBe('false');
    expect(within(phone).getByText(/Last backup: 27 Feb 2026, 10:00/)).toBeTruthy();
    expect(within(phone).getByText(/Next backup due: 6 Mar 2026, 10:00/)).toBeTruthy();
    const documents = document.getElementById('backup-work-documents') as HTMLElement;
    expect(documents.getAttribute('data-due')).toBe('true');
    expect(within(documents).getByText(/No backup recorded yet\./)).toBeTruthy();
    fireEvent.click(within(documents).getByRole('button', { name: 'I backed up now' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'backed-up', backups: ['work-documents'] });
  });

  it('change how often, with a how-to and a guide for each kind', () => {
    const props = renderPage({ state: used });
    const phone = document.getElementById('backup-phone') as HTMLElement;
    const cadence = within(phone).getByRole('combobox', { name: 'How often' }) as HTMLSelectElement;
    expect(cadence.value).toBe('weekly');
    fireEvent.change(cadence, { target: { value: 'daily' } });
    expect(props.onChange).toHaveBeenCalledWith({
      kind: 'backup-choice',
      backup: 'phone',
      ticked: true,
      cadence: 'daily',
    });
    expect(within(phone).getByText(/On Android, open Settings/)).toBeTruthy();
    expect(within(phone).getByRole('link', { name: 'Open a guide' }).getAttribute('href')).toBe(
      'https://support.google.com/android/answer/2819582',
    );
  });
});

describe('the checklist', () => {
  it('gives each practice why, how and an answer: done, not yet, or does not apply', () => {
    const checklist: Checklist = { 'screen-lock': { status: 'done', at: NOW } };
    const props = renderPage({ checklist });
    const lock = document.getElementById('practice-screen-lock') as HTMLElement;
    expect((within(lock).getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked).toBe(true);
    const contact = document.getElementById('practice-incident-contact') as HTMLElement;
    expect(within(contact).getByText('For people who work in an organisation.')).toBeTruthy();
    expect(within(contact).getByText(/the first hours matter/)).toBeTruthy();
    expect((within(contact).getByRole('radio', { name: 'Not yet' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(contact).getByRole('radio', { name: 'Does not apply to me' }));
    expect(props.onChange).toHaveBeenCalledWith({
      kind: 'practice',
      practice: 'incident-contact',
      answer: 'not-applicable',
    });
  });
});

describe('the rhythm', () => {
  it('sets quiet hours and pauses everything for a week', () => {
    const props = renderPage();
    const from = screen.getByLabelText('Quiet from') as HTMLInputElement;
    expect(from.value).toBe('21:00');
    expect((screen.getByLabelText('Quiet until') as HTMLInputElement).value).toBe('07:00');
    fireEvent.change(from, { target: { value: '22:30' } });
    expect(props.onChange).toHaveBeenCalledWith({
      kind: 'quiet-hours',
      quietHours: { start: 22 * 60 + 30, end: 7 * 60 },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause all reminders for a week' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'pause', paused: true });
  });

  it('says until when reminders are paused, and resumes them', () => {
    const state = fresh({ settings: { ...fresh().settings, pausedUntil: NOW + WEEK } });
    const props = renderPage({ state });
    expect(screen.getByText('Reminders are paused until 8 Mar 2026, 10:00.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    expect(props.onChange).toHaveBeenCalledWith({ kind: 'pause', paused: false });
  });
});

describe('a reminder opened from its notification', () => {
  it('shows on top with the same two actions as the notification', () => {
    const reminder = { kind: 'backup', ids: ['phone'] } as const;
    const props = renderPage({ state: used, focus: reminder });
    const focus = section('reminder');
    expect(document.querySelector('main [data-section]')?.getAttribute('data-section')).toBe('reminder');
    expect(within(focus).getByText('Time to back up')).toBeTruthy();
    fireEvent.click(within(focus).getByRole('button', { name: 'I backed up now' }));
    expect(props.onAnswer).toHaveBeenCalledWith(reminder, 0);
    fireEvent.click(within(focus).getByRole('button', { name: 'Remind me tomorrow' }));
    expect(props.onAnswer).toHaveBeenCalledWith(reminder, 1);
  });

  it("links straight to an account's two-factor setting", () => {
    renderPage({ state: used, focus: { kind: 'two-factor', ids: ['facebook'] } });
    const focus = section('reminder');
    expect(within(focus).getByRole('link', { name: 'Turn it on' }).getAttribute('href')).toBe(
      'https://accountscenter.facebook.com/password_and_security/two_factor',
    );
    expect(within(focus).getByRole('button', { name: 'Remind me next week' })).toBeTruthy();
  });
});

describe('in Khmer', () => {
  it('speaks Khmer, dates and digits included', () => {
    renderPage({ state: used }, 'km');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ការរំលឹក និងបញ្ជីត្រួតពិនិត្យ');
    expect(within(section('next')).getAllByRole('link')[0]?.textContent).toBe(
      'បើកការផ្ទៀងផ្ទាត់ពីរកត្តាសម្រាប់ Facebook',
    );
    const phone = document.getElementById('backup-phone') as HTMLElement;
    expect(within(phone).getByText(/ការបម្រុងទុកចុងក្រោយ៖ ២៧ កុម្ភៈ ២០២៦, ១០:០០/)).toBeTruthy();
    expect(within(phone).getByRole('button', { name: 'ខ្ញុំបានបម្រុងទុកហើយ' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Telegram' })).toBeTruthy();
  });
});

function renderSummary(state: ReminderState, language: Language = 'en') {
  const onOpen = vi.fn();
  render(
    <I18nProvider language={language}>
      <ReminderSummary state={state} checklist={{}} now={NOW} onOpen={onOpen} />
    </I18nProvider>,
  );
  return onOpen;
}

describe("the popup's reminders", () => {
  it('say the last backup, the next due, how much needs attention and the next step', () => {
    const onOpen = renderSummary(used);
    const reminders = section('reminders');
    expect(within(reminders).getByText(/Last backup: 27 Feb 2026, 10:00/)).toBeTruthy();
    // Work documents were never backed up: due now, sooner than the phone.
    expect(within(reminders).getByText(/A backup is due now\./)).toBeTruthy();
    // Facebook's two-factor login, the work documents, and five practices.
    expect(within(reminders).getByText('Things that need your attention: 7')).toBeTruthy();
    expect(reminders.querySelector('.next')?.textContent).toBe(
      'Next step: Turn on two-factor login for Facebook',
    );
    fireEvent.click(within(reminders).getByRole('button', { name: 'Open reminders and checklist' }));
    expect(onOpen).toHaveBeenCalled();
  });

  it('ask a new user to tick, and say nothing of backups before one is ticked', () => {
    renderSummary(fresh());
    const reminders = section('reminders');
    expect(reminders.querySelector('[data-backups]')).toBeNull();
    expect(reminders.querySelector('.next')?.textContent).toContain('Tick the accounts you use');
  });

  it('speak Khmer', () => {
    renderSummary(used, 'km');
    const reminders = section('reminders');
    expect(within(reminders).getByText('អ្វីៗដែលត្រូវការការយកចិត្តទុកដាក់របស់អ្នក៖ ៧')).toBeTruthy();
    expect(within(reminders).getByRole('button', { name: 'បើកការរំលឹក និងបញ្ជីត្រួតពិនិត្យ' })).toBeTruthy();
  });
});

describe('RemindersApp', () => {
  function backgroundReplies() {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message);
      sendResponse({ ok: true });
      return true;
    });
    return received;
  }

  it('sends what the user ticks to the background, and shows what is stored', async () => {
    await preferences.set({ language: 'en' });
    const received = backgroundReplies();
    render(<RemindersApp />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Work documents' }));
    await waitFor(() =>
      expect(received).toEqual([
        {
          type: 'change-reminders',
          change: { kind: 'backup-choice', backup: 'work-documents', ticked: true, cadence: 'weekly' },
        },
      ]),
    );
    await reminderSettings.set({
      ...reminderSettings.spec.fallback,
      backups: { 'work-documents': { ticked: true, cadence: 'weekly' } },
    });
    await waitFor(() => expect(document.getElementById('backup-work-documents')).toBeTruthy());
  });

  it('answers the reminder of the notification it was opened from, then closes it', async () => {
    await preferences.set({ language: 'en' });
    const id = reminderId({ kind: 'backup', ids: ['phone'] });
    history.replaceState(null, '', `/reminders.html?reminder=${encodeURIComponent(id)}`);
    const received = backgroundReplies();
    render(<RemindersApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'I backed up now' }));
    await waitFor(() =>
      expect(received).toEqual([
        { type: 'answer-reminder', reminder: { kind: 'backup', ids: ['phone'] }, button: 0 },
      ]),
    );
    await screen.findByText('Thank you. This reminder is closed.');
    expect(document.querySelector('[data-section="reminder"]')).toBeNull();
    expect(location.search).toBe('');
  });

  it('ignores a reminder in the address that is not one of ours', async () => {
    await preferences.set({ language: 'en' });
    history.replaceState(null, '', '/reminders.html?reminder=outbox%3Asend');
    render(<RemindersApp />);
    await screen.findByRole('heading', { level: 1, name: 'Reminders and checklist' });
    expect(document.querySelector('[data-section="reminder"]')).toBeNull();
  });
});

describe('the options page', () => {
  it('sends the user to the reminders page for reminder settings, rather than a second copy of them', async () => {
    await preferences.set({ language: 'en' });
    render(<OptionsApp />);
    const link = await screen.findByRole('link', { name: 'Open reminders and checklist' });
    expect(link.getAttribute('href')).toBe('chrome-extension://test-extension-id/reminders.html#rhythm');
    expect(document.querySelector('input[type="time"]')).toBeNull();
  });
});
