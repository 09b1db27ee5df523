import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  collectorPermission,
  hideOriginFrom,
  readyToSend,
  requestCollectorAccess,
} from '../../../lib/outbox/hide-origin';

describe('hiding the per-install origin', () => {
  it('asks for the collector’s scheme and host, which is all a Firefox match pattern can name, and the consent to share personally identifying information', () => {
    expect(collectorPermission('https://survey.example.org')).toEqual({
      origins: ['https://survey.example.org/*'],
      data_collection: ['personallyIdentifyingInfo'],
    });
    expect(collectorPermission('http://127.0.0.1:8787')).toMatchObject({ origins: ['http://127.0.0.1/*'] });
  });

  it('asks for nothing and checks nothing where the origin names no install (Chromium)', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');
    expect(new URL(fakeBrowser.runtime.getURL('/')).protocol).not.toBe('moz-extension:');
    expect(await requestCollectorAccess('https://survey.example.org')).toBe(true);
    expect(await hideOriginFrom('https://survey.example.org')).toBe(true);
    expect(await readyToSend('https://survey.example.org')).toBeNull();
    expect(request).not.toHaveBeenCalled();
    expect(contains).not.toHaveBeenCalled();
  });

  describe('in Firefox', () => {
    const firefox = () => vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('moz-extension://a1b2c3/');
    const collector = 'https://survey.example.org';

    it('sends nothing without the permission', async () => {
      firefox();
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
      const rules = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
      expect(await hideOriginFrom(collector)).toBe(false);
      expect(rules).not.toHaveBeenCalled();
    });

    it('removes Origin from the background’s POSTs to that collector’s submissions, and nothing else', async () => {
      firefox();
      const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
      const rules = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
      expect(await hideOriginFrom(collector)).toBe(true);
      expect(contains).toHaveBeenCalledWith({ origins: [`${collector}/*`] });
      expect(rules).toHaveBeenCalledWith({
        removeRuleIds: [1],
        addRules: [
          {
            id: 1,
            priority: 1,
            action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
            condition: {
              urlFilter: `|${collector}/api/v1/submissions|`,
              tabIds: [-1],
              resourceTypes: ['xmlhttprequest'],
            },
          },
        ],
      });
    });

    it('asks on Send, in one question, for the collector’s origin and the consent to share the answers', async () => {
      firefox();
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
      expect(await requestCollectorAccess(collector)).toBe(false);
      expect(request).toHaveBeenCalledTimes(1);
      expect(request).toHaveBeenCalledWith({
        origins: [`${collector}/*`],
        data_collection: ['personallyIdentifyingInfo'],
      });
    });

    /** A Firefox that holds only the permissions given. */
    function granted(held: { origin: boolean; sharing: boolean }) {
      return vi
        .spyOn(fakeBrowser.permissions, 'contains')
        .mockImplementation(async (asked: { origins?: string[]; data_collection?: string[] }) =>
          asked.data_collection ? held.sharing : held.origin,
        );
    }

    it('lets the outbox send nothing while sharing is off, even with the collector’s origin', async () => {
      firefox();
      const contains = granted({ origin: true, sharing: false });
      const rules = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
      expect(await readyToSend(collector)).toBe('sharing-off');
      expect(contains).toHaveBeenCalledWith({ data_collection: ['personallyIdentifyingInfo'] });
      expect(rules).not.toHaveBeenCalled();
    });

    it('lets the outbox send nothing without the collector’s origin', async () => {
      firefox();
      granted({ origin: false, sharing: true });
      const rules = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
      expect(await readyToSend(collector)).toBe('permission-needed');
      expect(rules).not.toHaveBeenCalled();
    });

    it('lets the outbox send once both are granted, with the Origin rule in place', async () => {
      firefox();
      granted({ origin: true, sharing: true });
      const rules = vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateSessionRules').mockResolvedValue();
      expect(await readyToSend(collector)).toBeNull();
      expect(rules).toHaveBeenCalledTimes(1);
    });
  });
});
