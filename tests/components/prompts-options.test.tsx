import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/App';
import { preferences, promptPreferences } from '../../lib/storage/items';

function backgroundReplies() {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    received.push(message);
    sendResponse({ ok: true });
    return true;
  });
  return received;
}

describe('the prompts section of the options page', () => {
  it('turns every prompt off and on through the background', async () => {
    await preferences.set({ language: 'en' });
    const received = backgroundReplies();
    render(<OptionsApp />);
    const toggle = await screen.findByRole('checkbox', { name: 'Show tips on Facebook pages' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(received).toEqual([{ type: 'set-prompts-enabled', enabled: false }]));
  });

  it('shows the stored switch, and follows it when it changes elsewhere', async () => {
    await preferences.set({ language: 'km' });
    await promptPreferences.set({ enabled: false, turnedOff: [], dismissedAt: {} });
    render(<OptionsApp />);
    const toggle = (await screen.findByRole('checkbox', {
      name: 'បង្ហាញគន្លឹះនៅលើទំព័រ Facebook',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await promptPreferences.set({ enabled: true, turnedOff: [], dismissedAt: {} });
    await waitFor(() => expect(toggle.checked).toBe(true));
  });

  it('counts the prompts turned off one by one and brings them back', async () => {
    await preferences.set({ language: 'en' });
    await promptPreferences.set({
      enabled: true,
      turnedOff: ['facebook.post-audience', 'facebook.two-factor'],
      dismissedAt: {},
    });
    const received = backgroundReplies();
    render(<OptionsApp />);
    await screen.findByText(/Tips you turned off: 2\./);
    fireEvent.click(screen.getByRole('button', { name: 'Show all tips again' }));
    await waitFor(() => expect(received).toEqual([{ type: 'restore-prompts' }]));
  });

  it('offers no way back while none is turned off', async () => {
    await preferences.set({ language: 'en' });
    render(<OptionsApp />);
    await screen.findByRole('checkbox', { name: 'Show tips on Facebook pages' });
    expect(screen.queryByRole('button', { name: 'Show all tips again' })).toBeNull();
  });
});
