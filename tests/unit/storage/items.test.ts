import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findings, preferences } from '../../../lib/storage/items';

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
});
