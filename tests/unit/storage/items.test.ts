import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkRun, findings, preferences } from '../../../lib/storage/items';

describe('stored items', () => {
  it('keeps the chosen language', async () => {
    await preferences.set({ language: 'km' });
    expect(await preferences.get()).toEqual({ language: 'km' });
  });

  it('drops an unknown language to the default and keeps the raw value', async () => {
    await fakeBrowser.storage.local.set({ preferences: { version: 1, value: { language: 'fr' } } });
    expect(await preferences.get()).toEqual({});
    const backup = await fakeBrowser.storage.local.get('backup:preferences');
    expect(backup['backup:preferences']).toMatchObject([{ raw: { version: 1, value: { language: 'fr' } } }]);
  });

  it('refuses findings keyed by something that is not a check id', async () => {
    await fakeBrowser.storage.local.set({
      findings: {
        version: 1,
        value: { 'Not An Id': { checkId: 'facebook.x', platform: 'facebook', state: 'safe', seenAt: 1 } },
      },
    });
    expect(await findings.get()).toEqual({});
  });

  it('reads a Check now run stored before unread pages were counted as one with none unread', async () => {
    const v1 = { platform: 'google', status: 'done', done: 1, total: 1, startedAt: 5, finishedAt: 9 };
    await fakeBrowser.storage.local.set({ 'check-run': { version: 1, value: v1 } });
    expect(await checkRun.get()).toEqual({ ...v1, unread: 0 });
    expect((await fakeBrowser.storage.local.get('check-run'))['check-run']).toEqual({
      version: 2,
      value: { ...v1, unread: 0 },
    });
  });

  it('keeps only an https page as the page a run stopped at', async () => {
    const run = { platform: 'google', status: 'not-reached', done: 0, total: 1, unread: 0, startedAt: 5 };
    await fakeBrowser.storage.local.set({
      'check-run': { version: 2, value: { ...run, stoppedAt: 'javascript:alert(1)' } },
    });
    expect(await checkRun.get()).toBeNull();
  });
});
