import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/App';
import { findings, preferences } from '../../lib/storage/items';

const stored = {
  'facebook.future-posts': {
    checkId: 'facebook.future-posts',
    platform: 'facebook' as const,
    state: 'safe' as const,
    seenAt: 1,
  },
};

function backgroundReplies(reply: unknown) {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    received.push(message);
    sendResponse(reply);
    return true;
  });
  return received;
}

describe('OptionsApp', () => {
  it('changes the language for every page and remembers it', async () => {
    await preferences.set({ language: 'km' });
    render(<OptionsApp />);
    await screen.findByRole('heading', { level: 1, name: 'ការកំណត់ ការពិនិត្យអនាម័យឌីជីថល' });
    fireEvent.click(screen.getByRole('button', { name: 'English (អង់គ្លេស)' }));
    await screen.findByRole('heading', { level: 1, name: 'Digital Hygiene Check settings' });
    expect(await preferences.get()).toEqual({ language: 'en' });
  });

  it('says how much is stored and deletes it through the background', async () => {
    await preferences.set({ language: 'en' });
    await findings.set(stored);
    const received = backgroundReplies({ ok: true });
    render(<OptionsApp />);
    await screen.findByText('Checked settings, stored on this device only: 1.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete checked settings' }));
    await screen.findByText('Deleted. Nothing is stored now.');
    expect(received).toEqual([{ type: 'clear-findings' }]);
  });

  it('says so when deleting fails', async () => {
    await preferences.set({ language: 'en' });
    await findings.set(stored);
    backgroundReplies({ ok: false, error: 'failed', detail: 'disk full' });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete checked settings' }));
    // Said in a live region, so a screen reader announces it.
    const notice = await screen.findByText('Could not delete. Please try again.');
    expect(notice.getAttribute('role')).toBe('status');
  });

  it('opens practice mode in a tab of its own', async () => {
    await preferences.set({ language: 'en' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open practice mode' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/practice.html') }),
    );
  });
});
