import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { TwoFactorSitesOption } from '../../components/TwoFactorSitesOption';
import { OptionsApp } from '../../entrypoints/options/App';
import { preferences, twoFactorSites } from '../../lib/storage/items';

const TOGGLE = 'Tell me when a website I visit offers two-step login';

/** The browser's answer to the permission request, and what the page asked of it. */
function permissions(granted: boolean) {
  const request = vi.fn(async () => granted);
  const remove = vi.fn(async () => true);
  fakeBrowser.permissions.request = request as never;
  fakeBrowser.permissions.remove = remove as never;
  return { request, remove };
}

async function openOptions(language: 'en' | 'km' = 'en') {
  await preferences.set({ language });
  render(<OptionsApp />);
}

describe('the 2FA sites switch on the options page', () => {
  it('is off by default, and says what it does and which permission the browser will ask for', async () => {
    await openOptions();
    const toggle = (await screen.findByRole('checkbox', { name: TOGGLE })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBe('two-factor-sites-permission');
    expect(document.getElementById('two-factor-sites-permission')?.textContent).toContain(
      '"Read your browsing history"',
    );
    expect(screen.getByText(/the check is done on this device/)).toBeTruthy();
  });

  it('asks for the tabs permission when turned on, and is on once the browser grants it', async () => {
    const { request } = permissions(true);
    await openOptions();
    const toggle = (await screen.findByRole('checkbox', { name: TOGGLE })) as HTMLInputElement;
    fireEvent.click(toggle);
    expect(request).toHaveBeenCalledWith({ permissions: ['tabs'] });
    await waitFor(() => expect(toggle.checked).toBe(true));
    expect((await twoFactorSites.get()).enabled).toBe(true);
  });

  it('stays off and says so when the browser refuses', async () => {
    permissions(false);
    await openOptions();
    const toggle = (await screen.findByRole('checkbox', { name: TOGGLE })) as HTMLInputElement;
    fireEvent.click(toggle);
    await screen.findByText('The browser did not give the permission, so this stays off.');
    expect(toggle.checked).toBe(false);
    expect((await twoFactorSites.get()).enabled).toBe(false);
  });

  it('gives the permission back and forgets the sites it told about when turned off', async () => {
    const { request, remove } = permissions(true);
    await twoFactorSites.set({ enabled: true, sites: { 'dropbox.com': { status: 'noticed', at: 1 } } });
    await openOptions('km');
    const toggle = (await screen.findByRole('checkbox', {
      name: 'ប្រាប់ខ្ញុំ ពេលគេហទំព័រដែលខ្ញុំចូលមើល ផ្ដល់ការចូលគណនីពីរជំហាន',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ permissions: ['tabs'] }));
    expect(request).not.toHaveBeenCalled();
    await waitFor(() => expect(toggle.checked).toBe(false));
    expect(await twoFactorSites.get()).toEqual({ enabled: false, sites: {} });
  });

  it('says when switching failed, and keeps showing the stored state', async () => {
    fakeBrowser.permissions.request = (async () => {
      throw new Error('not during a user gesture');
    }) as never;
    await openOptions();
    const toggle = (await screen.findByRole('checkbox', { name: TOGGLE })) as HTMLInputElement;
    fireEvent.click(toggle);
    await screen.findByText('That did not work. Please try again.');
    expect(toggle.checked).toBe(false);
  });

  it('credits 2fa.directory in About, with its licence shipped in the extension', async () => {
    await openOptions();
    const about = await screen.findByRole('region', { name: 'About' });
    expect(about.textContent).toContain('2FA data: 2fa.directory, MIT licence.');
    const licence = screen.getByRole('link', { name: 'Read the licence' });
    expect(licence.getAttribute('href')).toBe(
      'chrome-extension://test-extension-id/2fa-directory/LICENSE.txt',
    );
  });
});

describe('TwoFactorSitesOption', () => {
  it('emits the wanted state and leaves the box as stored until the stored state changes', () => {
    const changes: boolean[] = [];
    const { rerender } = render(
      <I18nProvider language="en">
        <TwoFactorSitesOption
          enabled={false}
          outcome={undefined}
          onChange={(enabled) => changes.push(enabled)}
        />
      </I18nProvider>,
    );
    const toggle = screen.getByRole('checkbox', { name: TOGGLE }) as HTMLInputElement;
    fireEvent.click(toggle);
    expect(changes).toEqual([true]);
    expect(toggle.checked).toBe(false);
    rerender(
      <I18nProvider language="en">
        <TwoFactorSitesOption enabled={true} outcome="done" onChange={(enabled) => changes.push(enabled)} />
      </I18nProvider>,
    );
    expect(toggle.checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
