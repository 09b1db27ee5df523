import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderInto } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { Popup, type PopupProps } from '../../components/Popup';
import { FIRST_RENDER_ITEMS, PopupApp } from '../../entrypoints/popup/App';
import { summarise } from '../../lib/findings/summary';
import type { Language } from '../../lib/i18n/language';
import { type Finding, type Findings, findings, preferences } from '../../lib/storage/items';
import { mountReady } from '../../lib/ui/mount-ready';
import { testCheck } from '../helpers';
import { fresh } from '../unit/reminders/support';

const check = testCheck();

const platformSection = (platform: string) =>
  document.querySelector(`[data-platform="${platform}"]`) as HTMLElement;

const publicPosts: Finding = {
  checkId: 'facebook.future-posts',
  platform: 'facebook',
  state: 'risky',
  evidence: { label: 'Who can see your future posts?', value: 'Public' },
  seenAt: Date.UTC(2026, 10, 1, 9, 30),
};
const risky: Findings = { 'facebook.future-posts': publicPosts };

function renderPopup(stored: Findings, overrides: Partial<PopupProps> = {}, language: Language = 'en') {
  const props: PopupProps = {
    summary: summarise(stored, [check]),
    checkRun: null,
    onCheckNow: vi.fn(),
    onLanguageChange: vi.fn(),
    onAcknowledge: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenSurvey: vi.fn(),
    onOpenPractice: vi.fn(),
    reminders: { state: fresh(), checklist: {}, now: Date.UTC(2026, 10, 1, 9, 30), onOpen: vi.fn() },
    ...overrides,
  };
  render(
    <I18nProvider language={language}>
      <Popup {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('Popup', () => {
  it('answers "am I OK?" honestly before anything is checked, with the one next step', () => {
    renderPopup({});
    const status = screen.getByRole('region', { name: 'Am I OK?' });
    expect(within(status).getByText('Not checked yet')).toBeTruthy();
    const link = within(status).getByRole('link', { name: 'Open Facebook privacy settings' });
    expect(link.getAttribute('href')).toBe('https://www.facebook.com/settings/?tab=privacy');
    for (const platform of ['facebook', 'google']) {
      expect(within(platformSection(platform)).getByText(/No settings checked yet/)).toBeTruthy();
    }
  });

  it('offers the survey in a short explanation and opens it on request', () => {
    const props = renderPopup({});
    const survey = screen.getByRole('region', { name: 'Questionnaire' });
    expect(within(survey).getByText(/Nothing is sent unless you choose to send it/)).toBeTruthy();
    fireEvent.click(within(survey).getByRole('button', { name: 'Take the survey' }));
    expect(props.onOpenSurvey).toHaveBeenCalledOnce();
  });

  it('shows every section under its heading', () => {
    renderPopup({});
    for (const section of ['findings', 'reminders', 'survey', 'practice']) {
      expect(document.querySelector(`[data-section="${section}"] h2`)).toBeTruthy();
    }
  });

  it('offers practice mode to trainers', () => {
    const props = renderPopup({});
    const section = document.querySelector('[data-section="practice"]') as HTMLElement;
    expect(within(section).getByText(/look-alike screens, with no account and no internet/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Open practice mode' }));
    expect(props.onOpenPractice).toHaveBeenCalledOnce();
  });

  it('marks each finding with its check and state, in text and not by colour alone', () => {
    renderPopup(risky);
    const item = document.querySelector('[data-check="facebook.future-posts"]');
    expect(item?.getAttribute('data-state')).toBe('risky');
    expect(item?.hasAttribute('data-acknowledged')).toBe(false);
    expect(within(item as HTMLElement).getByText('Needs attention')).toBeTruthy();
    expect(screen.getByText('Settings that need your attention: 1')).toBeTruthy();
    expect(within(item as HTMLElement).getByText('Public')).toBeTruthy();
  });

  it('lets the user keep a risky setting on purpose, and shows it so', () => {
    const props = renderPopup(risky);
    fireEvent.click(screen.getByRole('button', { name: 'This is intentional' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith('facebook.future-posts', true);
  });

  it('marks an acknowledged finding', () => {
    const acknowledged: Findings = {
      'facebook.future-posts': { ...publicPosts, acknowledged: true },
    };
    renderPopup(acknowledged);
    const item = document.querySelector('[data-check="facebook.future-posts"]');
    expect(item?.getAttribute('data-acknowledged')).toBe('true');
    expect(screen.getByText('Kept on purpose')).toBeTruthy();
  });

  it('shows the score: safe or kept on purpose, out of what could be read', () => {
    const acknowledged: Findings = { 'facebook.future-posts': { ...publicPosts, acknowledged: true } };
    renderPopup(acknowledged);
    expect(screen.getByText('Score: 1 of 1')).toBeTruthy();
    expect(document.querySelector('meter')?.getAttribute('value')).toBe('1');
  });

  it('groups findings under their platform, with its own Check now', () => {
    const props = renderPopup(risky);
    const facebook = document.querySelector('[data-platform="facebook"]') as HTMLElement;
    expect(within(facebook).getByRole('heading', { name: 'Facebook' })).toBeTruthy();
    expect(facebook.querySelector('[data-check="facebook.future-posts"]')).toBeTruthy();
    fireEvent.click(within(facebook).getByRole('button', { name: 'Check now' }));
    expect(props.onCheckNow).toHaveBeenCalledWith('facebook');
    expect(facebook.querySelector('[data-action="check-now:facebook"]')).toBeTruthy();
  });

  it.each([
    ['running', 1, 'Checking page 2 of 3…', true],
    ['done', 3, 'Pages checked: 3. The results are below.', false],
    ['login-required', 0, 'Please log in to Facebook in this browser, then press "Check now" again.', false],
    ['interrupted', 1, 'The check stopped before it finished. Press "Check now" to try again.', false],
  ] as const)('tells how a %s run stands', (status, done, text, busy) => {
    renderPopup({}, { checkRun: { platform: 'facebook', status, done, total: 3, unread: 0, startedAt: 1 } });
    const facebook = within(platformSection('facebook'));
    expect(facebook.getByRole('status').textContent).toBe(text);
    expect(facebook.queryByRole('link', { name: 'Open the Facebook page' })).toBeNull();
    expect((facebook.getByRole('button', { name: 'Check now' }) as HTMLButtonElement).disabled).toBe(busy);
    // Another platform's run says nothing about Google's, and does not hold its button.
    const google = within(platformSection('google'));
    expect(google.getByRole('status').textContent).toBe('');
    expect((google.getByRole('button', { name: 'Check now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('does not call a run with pages that did not load in time done: it says how many were read', () => {
    renderPopup(
      {},
      {
        checkRun: { platform: 'facebook', status: 'incomplete', done: 3, total: 3, unread: 1, startedAt: 1 },
      },
    );
    expect(within(platformSection('facebook')).getByRole('status').textContent).toBe(
      'Pages read: 2 of 3. The others did not load in time. Check your internet connection, then press "Check now" again.',
    );
  });

  const TWOSV = 'https://myaccount.google.com/signinoptions/twosv';
  const notReached = {
    platform: 'google',
    status: 'not-reached',
    done: 0,
    total: 1,
    unread: 0,
    stoppedAt: TWOSV,
    startedAt: 1,
  } as const;

  it.each([
    [
      'en',
      'Your Google settings page did not open: you may need to sign in. Open the page, sign in if asked, then press "Check now" again.',
      'Open the Google page',
    ],
    [
      'km',
      'ទំព័រការកំណត់ ហ្គូហ្គល (Google) របស់អ្នកមិនបានបើកទេ៖ ប្រហែលជាអ្នកត្រូវចូលគណនី។ សូមបើកទំព័រនោះ ចូលគណនីប្រសិនបើវាសុំ រួចចុច «ពិនិត្យឥឡូវនេះ» ម្ដងទៀត។',
      'បើកទំព័រ ហ្គូហ្គល (Google)',
    ],
  ] as const)(
    'in %s, names Google when its page never showed, and links to the page it tried',
    (language, text, link) => {
      renderPopup({}, { checkRun: notReached }, language);
      const google = within(platformSection('google'));
      expect(google.getByRole('status').textContent).toBe(text);
      const open = google.getByRole('link', { name: link });
      expect(open.getAttribute('href')).toBe(TWOSV);
      // A tab of its own, where the user can sign in; the popup's own page stays as it is.
      expect(open.getAttribute('target')).toBe('_blank');
      expect(
        within(platformSection('facebook')).queryByRole('link', { name: /Facebook page|Google page/ }),
      ).toBeNull();
    },
  );

  it.each([
    ['en', 'Please log in to Google in this browser, then press "Check now" again.', 'Open the Google page'],
    ['km', 'សូមចូលគណនី ហ្គូហ្គល (Google) នៅក្នុងកម្មវិធីរុករកនេះ រួចចុច «ពិនិត្យឥឡូវនេះ» ម្ដងទៀត។', 'បើកទំព័រ ហ្គូហ្គល (Google)'],
  ] as const)('in %s, names the platform that asked for a login, not Facebook', (language, text, link) => {
    renderPopup({}, { checkRun: { ...notReached, status: 'login-required' } }, language);
    const google = within(platformSection('google'));
    expect(google.getByRole('status').textContent).toBe(text);
    expect(google.getByRole('link', { name: link }).getAttribute('href')).toBe(TWOSV);
  });

  it('speaks Khmer, with Khmer digits', () => {
    renderPopup(risky, {}, 'km');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ការពិនិត្យអនាម័យឌីជីថល');
    expect(screen.getByText('ការកំណត់ដែលត្រូវការការយកចិត្តទុកដាក់៖ ១')).toBeTruthy();
  });

  it('emits the language the user picks and the request for settings', () => {
    const props = renderPopup({});
    const khmer = screen.getByRole('button', { name: 'ខ្មែរ (Khmer)' });
    expect(khmer.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(khmer);
    expect(props.onLanguageChange).toHaveBeenCalledWith('km');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });
});

describe('PopupApp', () => {
  it('shows the stored status in its first render when its items are read ahead', async () => {
    await preferences.set({ language: 'en' });
    await findings.set(risky);
    document.body.innerHTML = '<div id="app"></div>';
    await mountReady(PopupApp, FIRST_RENDER_ITEMS);
    expect(document.querySelector('[data-status]')).not.toBeNull();
    expect(document.querySelector('[data-check="facebook.future-posts"]')?.getAttribute('data-state')).toBe(
      'risky',
    );
    renderInto(null, document.getElementById('app') as HTMLElement);
  });

  it('switches language at once and remembers it', async () => {
    await preferences.set({ language: 'en' });
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'ខ្មែរ (Khmer)' }));
    await screen.findByRole('heading', { name: 'ការពិនិត្យអនាម័យឌីជីថល' });
    await waitFor(() => expect(document.documentElement.lang).toBe('km'));
    expect(await preferences.get()).toEqual({ language: 'km' });
  });

  it('follows the browser language until the user chooses', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['km-KH']);
    render(<PopupApp />);
    await screen.findByRole('heading', { name: 'ការពិនិត្យអនាម័យឌីជីថល' });
  });

  it('shows findings as soon as the background stores them', async () => {
    await preferences.set({ language: 'en' });
    render(<PopupApp />);
    await screen.findByText('Not checked yet');
    await findings.set(risky);
    await waitFor(() =>
      expect(document.querySelector('[data-check="facebook.future-posts"]')?.getAttribute('data-state')).toBe(
        'risky',
      ),
    );
  });

  it('asks the background to acknowledge a finding', async () => {
    await preferences.set({ language: 'en' });
    await findings.set(risky);
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message);
      sendResponse({ ok: true });
      return true;
    });
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'This is intentional' }));
    await waitFor(() =>
      expect(received).toEqual([
        { type: 'acknowledge-finding', checkId: 'facebook.future-posts', acknowledged: true },
      ]),
    );
  });

  it('opens practice mode in a tab of its own', async () => {
    await preferences.set({ language: 'en' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open practice mode' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/practice.html') }),
    );
  });
});
