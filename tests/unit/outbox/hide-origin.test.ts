import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectorPermission, hideOriginFrom, requestCollectorAccess } from '../../../lib/outbox/hide-origin';

describe('hiding the per-install origin', () => {
  it('asks for the collector’s scheme and host, which is all a Firefox match pattern can name', () => {
    expect(collectorPermission('https://survey.example.org')).toEqual({
      origins: ['https://survey.example.org/*'],
    });
    expect(collectorPermission('http://127.0.0.1:8787')).toEqual({ origins: ['http://127.0.0.1/*'] });
  });

  it('asks for nothing where the origin names no install (Chromium)', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(new URL(fakeBrowser.runtime.getURL('/')).protocol).not.toBe('moz-extension:');
    expect(await requestCollectorAccess('https://survey.example.org')).toBe(true);
    expect(await hideOriginFrom('https://survey.example.org')).toBe(true);
    expect(request).not.toHaveBeenCalled();
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

    it('asks for the permission on Send', async () => {
      firefox();
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
      expect(await requestCollectorAccess(collector)).toBe(false);
      expect(request).toHaveBeenCalledWith({ origins: [`${collector}/*`] });
    });
  });
});
