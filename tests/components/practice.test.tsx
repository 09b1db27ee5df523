import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PracticeApp } from '../../entrypoints/practice/App';
import { CHECKS } from '../../lib/checks/registry';
import { practiceTranslator } from '../../lib/i18n/practice';
import { PRACTICE_SCREENS, type PracticeScreen } from '../../lib/practice/screens';
import { WALKTHROUGH } from '../../lib/practice/walkthrough';
import { type Findings, findings, preferences } from '../../lib/storage/items';
import { setSafely } from '../practice';

const realFindings: Findings = {
  'facebook.two-factor': {
    checkId: 'facebook.two-factor',
    platform: 'facebook',
    state: 'risky',
    evidence: { label: 'Use two-factor authentication', value: 'Off' },
    seenAt: Date.UTC(2026, 10, 1),
  },
};

async function openPractice() {
  await findings.set(realFindings);
  render(<PracticeApp />);
  await screen.findByRole('heading', { level: 1, name: 'Practice mode' });
}

const stepCheck = () => document.querySelector('.step-check');
const next = () => screen.getByRole('button', { name: /^(Next|See the summary)$/ });

async function doStep(index: number) {
  const step = WALKTHROUGH[index];
  if (!step) throw new Error(`no step ${index}`);
  await screen.findByRole('heading', { level: 2, name: practiceTranslator('en')(step.title) });
  expect(stepCheck()?.getAttribute('data-step-done')).toBe('false');
  if ('task' in step) fireEvent.click(screen.getByRole('button', { name: 'I backed up now' }));
  else for (const id of step.checks) setSafely(PRACTICE_SCREENS[id] as PracticeScreen, 'en');
  await waitFor(() => expect(stepCheck()?.getAttribute('data-step-done')).toBe('true'));
}

describe('practice mode', () => {
  it('runs the workshop script in order, each step turning green when set safely, then sums up', async () => {
    await openPractice();
    expect(WALKTHROUGH.map((step) => step.id)).toEqual([
      'future-posts',
      'lookup',
      'search-engines',
      'friends-list',
      'tag-review',
      'two-factor',
      'login-alerts',
      'backups',
    ]);
    for (const [index] of WALKTHROUGH.entries()) {
      expect(screen.getByText(`Step ${index + 1} of ${WALKTHROUGH.length}`)).toBeTruthy();
      await doStep(index);
      fireEvent.click(next());
    }
    const summary = await screen.findByRole('heading', { level: 2, name: 'Summary' });
    expect(summary).toBeTruthy();
    expect(screen.getByText('Steps set safely: 8 of 8.')).toBeTruthy();
    const items = document.querySelectorAll('.practice-summary [data-done]');
    expect([...items].map((item) => item.getAttribute('data-done'))).toEqual(WALKTHROUGH.map(() => 'true'));
  });

  it('goes back a step, and never before the first', async () => {
    await openPractice();
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(next());
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Look-up by phone number and email',
    });
    // The new step's heading takes focus, so a screen reader says where the group is.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'Who sees your posts' });
  });

  it('shows the findings and the in-page prompt the real site would, and removes the prompt once safe', async () => {
    await openPractice();
    const finding = await waitFor(() => {
      const item = document.querySelector('.practice-findings [data-check="facebook.future-posts"]');
      expect(item?.getAttribute('data-state')).toBe('risky');
      return item as HTMLElement;
    });
    expect(within(finding).getByText('Public')).toBeTruthy();
    // No link to the real site, and nothing to mark as intentional: this is no one's account.
    expect(within(finding).queryByRole('link')).toBeNull();
    const host = await waitFor(() => {
      const found = document.querySelector('[data-hygiene-prompt="facebook.future-posts"]');
      expect(found).toBeTruthy();
      return found as HTMLElement;
    });
    // Placed right after the setting's row, as on the real page.
    expect(host.previousElementSibling?.classList.contains('lookalike-row')).toBe(true);
    await waitFor(() => expect(host.shadowRoot?.textContent).toContain('Who can see your future posts'));
    expect(host.shadowRoot?.querySelector('a')).toBeNull();
    setSafely(PRACTICE_SCREENS['facebook.future-posts'] as PracticeScreen, 'en');
    await waitFor(() => expect(document.querySelector('[data-hygiene-prompt]')).toBeNull());
    expect(document.querySelector('.practice-findings [data-check]')?.getAttribute('data-state')).toBe(
      'safe',
    );
  });

  it('hides a dismissed prompt until the next group', async () => {
    await openPractice();
    const dismiss = await waitFor(() => {
      const found = document.querySelector('[data-hygiene-prompt]')?.shadowRoot?.querySelector('button');
      expect(found).toBeTruthy();
      return found as HTMLButtonElement;
    });
    dismiss.click();
    await waitFor(() => expect(document.querySelector('[data-hygiene-prompt]')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Reset for the next group' }));
    await waitFor(() => expect(document.querySelector('[data-hygiene-prompt]')).toBeTruthy());
  });

  it('resets every screen to risky for the next group, and never touches the real findings', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    await openPractice();
    const stored = await fakeBrowser.storage.local.get(null);
    await doStep(0);
    fireEvent.click(screen.getByRole('button', { name: 'All practice screens' }));
    for (const practice of Object.values(PRACTICE_SCREENS)) setSafely(practice, 'en');
    const states = () =>
      CHECKS.map((check) =>
        document.querySelector(`.practice-findings [data-check="${check.id}"]`)?.getAttribute('data-state'),
      );
    await waitFor(() => expect(states()).toEqual(CHECKS.map(() => 'safe')));
    fireEvent.click(screen.getByRole('button', { name: 'Reset for the next group' }));
    await waitFor(() => expect(states()).toEqual(CHECKS.map(() => 'risky')));
    expect(screen.getByText('Every practice screen is back to its risky setting.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Workshop walkthrough' }));
    await screen.findByRole('heading', { level: 2, name: 'Who sees your posts' });
    expect(stepCheck()?.getAttribute('data-step-done')).toBe('false');
    // Storage is as the test left it before practice: the real findings are unchanged.
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
    expect(await findings.get()).toEqual(realFindings);
    expect(before).toEqual({});
  });

  it('keeps a language chosen in practice to this tab', async () => {
    await openPractice();
    fireEvent.click(screen.getByRole('button', { name: 'ខ្មែរ (Khmer)' }));
    await screen.findByRole('heading', { level: 1, name: 'របៀបហាត់អនុវត្ត' });
    expect(document.documentElement.lang).toBe('km');
    // The Khmer screen shows the Khmer words its detector reads, and it reads them.
    await waitFor(() =>
      expect(
        document
          .querySelector('.practice-findings [data-check="facebook.future-posts"]')
          ?.getAttribute('data-state'),
      ).toBe('risky'),
    );
    expect(screen.getByRole('radio', { checked: true }).textContent).toBe('សាធារណៈ');
    expect((await preferences.get()).language).toBeUndefined();
  });

  describe('presenter mode', () => {
    it('takes Page Down, Page Up and Shift+R, says so on screen, and leaves form controls their keys', async () => {
      await openPractice();
      fireEvent.keyDown(document.body, { key: 'PageDown' });
      expect(screen.getByText('Step 1 of 8')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Presenter mode' }));
      expect(screen.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      expect(document.querySelector('.practice.presenter')).toBeTruthy();
      expect(screen.getByText(/Page Down for the next step/)).toBeTruthy();
      fireEvent.keyDown(document.body, { key: 'PageDown' });
      await screen.findByText('Step 2 of 8');
      fireEvent.keyDown(document.body, { key: 'PageUp' });
      await screen.findByText('Step 1 of 8');
      await doStep(0);
      const radio = screen.getByRole('radio', { checked: true });
      radio.focus();
      fireEvent.keyDown(radio, { key: 'PageDown' });
      expect(screen.getByText('Step 1 of 8')).toBeTruthy();
      fireEvent.keyDown(radio, { key: 'R', shiftKey: true });
      expect(stepCheck()?.getAttribute('data-step-done')).toBe('true');
      radio.blur();
      fireEvent.keyDown(document.body, { key: 'R', shiftKey: true });
      await waitFor(() => expect(stepCheck()?.getAttribute('data-step-done')).toBe('false'));
    });

    it('shows no personal data: only made-up names', async () => {
      await openPractice();
      fireEvent.click(screen.getByRole('button', { name: 'All practice screens' }));
      expect(document.body.textContent).toContain('Sokha Demo');
      // The real finding stored on this device appears nowhere in practice.
      expect(document.body.textContent).not.toContain('Seen 1');
    });
  });
});
