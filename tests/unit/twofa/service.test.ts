import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY, HOUR } from '../../../lib/reminders/schedule';
import { preferences, reminderLog, twoFactorSites } from '../../../lib/storage/items';

/*
 * The background's side, on the fake browser: a visited address becomes one notice for a listed
 * site, its buttons open the how-to or record that it is on, and the permission taken back in the
 * browser turns the feature off. The shipped list is served as the extension would serve it.
 */
const SHIPPED = readFileSync(join(process.cwd(), 'public/2fa-directory/sites.json'), 'utf8');
/** 11:00 local time, wherever the tests run: outside the default quiet hours. */
const LATE_MORNING = new Date(2026, 2, 2, 11).getTime();
const DROPBOX_HOW_TO = 'https://help.dropbox.com/account-access/enable-2-factor-authentication';

type Listener = (removed: { permissions?: string[] }) => void;
const permissionListeners: Listener[] = [];
const fetched: string[] = [];

const shown = () => fakeBrowser.notifications.getAllCreateOptions();
const at = (now: number) => vi.spyOn(Date, 'now').mockReturnValue(now);

/** A fresh background: the service keeps the list it read, as a running worker does. */
async function start() {
  vi.resetModules();
  // Fresh modules need their strings again, as the background loads them.
  await import('../../../lib/i18n/all');
  const service = await import('../../../lib/twofa/service');
  service.startTwoFactorSites();
  return service;
}

beforeEach(() => {
  at(LATE_MORNING);
  permissionListeners.length = 0;
  fetched.length = 0;
  // The fake browser has no permissions API; the service only listens to it.
  Object.assign(fakeBrowser.permissions, {
    onRemoved: { addListener: (listener: Listener) => permissionListeners.push(listener) },
  });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(SHIPPED);
  });
});

describe('tell me when a site I visit supports 2FA, in the background', () => {
  it('follows the addresses tabs show, once the feature is on, and reads the list only then', async () => {
    await preferences.set({ language: 'en' });
    await start();
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await fakeBrowser.tabs.update(tab.id, { url: 'https://www.dropbox.com/home' });
    // Visits are handled in order: once the next one is told about, this one was passed over.
    await twoFactorSites.set({ enabled: true, sites: {} });
    await fakeBrowser.tabs.update(tab.id, { url: 'https://github.com/login' });
    await expect.poll(() => Object.keys(shown())).toEqual(['two-factor-site:github.com']);
    expect(fetched).toEqual(['chrome-extension://test-extension-id/2fa-directory/sites.json']);
  });

  it('tells about a listed site with its how-to one button away, and records it', async () => {
    await preferences.set({ language: 'en' });
    await twoFactorSites.set({ enabled: true, sites: {} });
    const service = await start();
    await service.noticeVisit('https://www.dropbox.com/home');
    expect(shown()).toEqual({
      'two-factor-site:dropbox.com': expect.objectContaining({
        title: 'Dropbox offers two-step login',
        iconUrl: 'chrome-extension://test-extension-id/icon-128.png',
        buttons: [{ title: 'Show me how' }, { title: 'It is already on' }],
      }),
    });
    expect((await twoFactorSites.get()).sites).toEqual({
      'dropbox.com': { status: 'noticed', at: LATE_MORNING },
    });

    await fakeBrowser.notifications.onButtonClicked.trigger('two-factor-site:dropbox.com', 0);
    await expect
      .poll(async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url))
      .toContain(DROPBOX_HOW_TO);
    expect(shown()).toEqual({});
  });

  it('opens the how-to on a click where notifications refuse buttons', async () => {
    await twoFactorSites.set({ enabled: true, sites: {} });
    // As Firefox does: it has the buttons' event, but refuses a notification that has buttons.
    const create = fakeBrowser.notifications.create;
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: object) => {
      if ('buttons' in options) throw new Error('Type error for parameter options: buttons is unsupported');
      return create(id, options as never);
    }) as never);
    const service = await start();
    await service.noticeVisit('https://getdropbox.com/');
    expect(shown()['two-factor-site:dropbox.com']?.message).toMatch(/Click to see how\.$/);
    expect(shown()['two-factor-site:dropbox.com']).not.toHaveProperty('buttons');
    await fakeBrowser.notifications.onClicked.trigger('two-factor-site:dropbox.com');
    await expect
      .poll(async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url))
      .toContain(DROPBOX_HOW_TO);
  });

  it('records "It is already on", and leaves other features’ notifications alone', async () => {
    await twoFactorSites.set({ enabled: true, sites: {} });
    const service = await start();
    await service.noticeVisit('https://www.dropbox.com/');
    await fakeBrowser.notifications.create('reminders:backup:phone', {
      type: 'basic',
      iconUrl: '/icon-128.png',
      title: 'Time to back up',
      message: 'Phone photos and contacts',
    });
    await fakeBrowser.notifications.onButtonClicked.trigger('two-factor-site:dropbox.com', 1);
    await expect.poll(async () => (await twoFactorSites.get()).sites['dropbox.com']?.status).toBe('done');
    await fakeBrowser.notifications.onButtonClicked.trigger('reminders:backup:phone', 0);
    await fakeBrowser.notifications.onClicked.trigger('reminders:backup:phone');
    expect(Object.keys(shown())).toEqual(['reminders:backup:phone']);
    const opened = (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
    expect(opened.filter((url) => url.startsWith('http'))).toEqual([]);
    // Done is done: the next visit a month on tells nothing.
    at(LATE_MORNING + 40 * DAY);
    await service.noticeVisit('https://www.dropbox.com/');
    expect(Object.keys(shown())).toEqual(['reminders:backup:phone']);
  });

  it('tells nothing about unlisted sites, nor a second site the same day', async () => {
    await twoFactorSites.set({ enabled: true, sites: {} });
    const service = await start();
    await service.noticeVisit('https://unlisted.example/');
    expect(shown()).toEqual({});
    await service.noticeVisit('https://github.com/login');
    at(LATE_MORNING + 2 * HOUR);
    await service.noticeVisit('https://www.dropbox.com/');
    expect(Object.keys(shown())).toEqual(['two-factor-site:github.com']);
    at(LATE_MORNING + DAY);
    await service.noticeVisit('https://www.dropbox.com/');
    expect(Object.keys((await twoFactorSites.get()).sites)).toEqual(['github.com', 'dropbox.com']);
  });

  it('keeps quiet on a day a reminder was shown', async () => {
    await twoFactorSites.set({ enabled: true, sites: {} });
    await reminderLog.set({
      lastShownAt: LATE_MORNING - HOUR,
      marks: { 'two-factor': {}, 'two-factor-review': {}, backup: {} },
    });
    const service = await start();
    await service.noticeVisit('https://www.dropbox.com/');
    expect(shown()).toEqual({});
    expect((await twoFactorSites.get()).sites).toEqual({});
  });

  it('turns itself off, forgetting the sites, when the permission is taken back in the browser', async () => {
    await twoFactorSites.set({ enabled: true, sites: { 'dropbox.com': { status: 'noticed', at: 1 } } });
    await start();
    for (const listener of permissionListeners) listener({ permissions: ['notifications'] });
    expect((await twoFactorSites.get()).enabled).toBe(true);
    for (const listener of permissionListeners) listener({ permissions: ['tabs'] });
    await expect.poll(() => twoFactorSites.get()).toEqual({ enabled: false, sites: {} });
  });
});
