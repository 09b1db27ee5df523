import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Sender } from '../../../lib/messages/router';

const self = { id: 'our-id', origin: 'chrome-extension://our-id' };
const popup: Sender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const facebookTab: Sender = {
  id: 'our-id',
  url: 'https://www.facebook.com/settings/?tab=privacy',
  tab: { id: 3 },
};

const observation = {
  checkId: 'facebook.future-posts',
  platform: 'facebook',
  state: 'risky',
  evidence: { label: 'Who can see your future posts?', value: 'Public' },
  seenAt: 1,
};
const report = { type: 'report-observations', platform: 'facebook', observations: [observation] };

function setup() {
  const handlers = {
    'report-observations': vi.fn(async () => {}),
    'acknowledge-finding': vi.fn(async () => {}),
    'clear-findings': vi.fn(async () => {}),
    'check-now': vi.fn(async () => {}),
    'page-status': vi.fn(async () => {}),
    'request-prompt': vi.fn(async () => null),
    'answer-prompt': vi.fn(async () => {}),
    'set-prompts-enabled': vi.fn(async () => {}),
    'restore-prompts': vi.fn(async () => {}),
    'survey-send': vi.fn(async () => ({ keys: [] })),
    'change-reminders': vi.fn(async () => {}),
    'answer-reminder': vi.fn(async () => {}),
  };
  return { handlers, route: createRouter(self, handlers) };
}

describe('message router', () => {
  it('hands a valid message from our page to its handler', async () => {
    const { handlers, route } = setup();
    expect(await route({ type: 'clear-findings' }, popup)).toEqual({ ok: true });
    expect(handlers['clear-findings']).toHaveBeenCalledWith({ type: 'clear-findings' }, { kind: 'page' });
  });

  it('accepts observations from a content script on the platform they describe', async () => {
    const { handlers, route } = setup();
    expect(await route(report, facebookTab)).toEqual({ ok: true });
    expect(handlers['report-observations']).toHaveBeenCalledWith(report, {
      kind: 'content-script',
      tabId: 3,
    });
  });

  it.each<[string, Sender]>([
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/popup.html' }],
    ['a sender without an id', { url: 'https://www.facebook.com/' }],
    ['our id on a page that is not a platform', { id: 'our-id', url: 'https://evil.example/', tab: {} }],
    ['a look-alike host', { id: 'our-id', url: 'https://facebook.com.evil.example/', tab: {} }],
    ['plain http', { id: 'our-id', url: 'http://www.facebook.com/', tab: {} }],
    ['a sender without a url', { id: 'our-id' }],
  ])('refuses messages from %s', async (_name, sender) => {
    const { handlers, route } = setup();
    expect(await route(report, sender)).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(handlers['report-observations']).not.toHaveBeenCalled();
  });

  it("takes each platform's report only from a tab on that platform's hosts", async () => {
    const { handlers, route } = setup();
    const googleReport = {
      type: 'report-observations',
      platform: 'google',
      observations: [{ ...observation, checkId: 'google.two-factor', platform: 'google' }],
    };
    const account = { id: 'our-id', url: 'https://myaccount.google.com/security', tab: { id: 5 } };
    expect(await route(googleReport, account)).toEqual({ ok: true });
    expect(handlers['report-observations']).toHaveBeenCalledWith(googleReport, {
      kind: 'content-script',
      tabId: 5,
    });
    const refused: [unknown, Sender][] = [
      [googleReport, facebookTab],
      [report, account],
      [googleReport, { id: 'our-id', url: 'https://www.google.com/search?q=x', tab: { id: 6 } }],
      [googleReport, { id: 'our-id', url: 'https://myaccount.google.com.evil.example/', tab: { id: 7 } }],
    ];
    for (const [message, sender] of refused) {
      expect(await route(message, sender)).toMatchObject({ ok: false, error: 'not-allowed' });
    }
    expect(handlers['report-observations']).toHaveBeenCalledTimes(1);
  });

  it('takes a login notice from a content script only for its own platform', async () => {
    const { handlers, route } = setup();
    const notice = { type: 'page-status', platform: 'facebook', status: 'login-required' };
    expect(await route(notice, facebookTab)).toEqual({ ok: true });
    expect(handlers['page-status']).toHaveBeenCalledWith(notice, { kind: 'content-script', tabId: 3 });
    const elsewhere = { id: 'our-id', url: 'https://evil.example/', tab: { id: 4 } };
    expect(await route(notice, elsewhere)).toMatchObject({ ok: false, error: 'not-allowed' });
  });

  it('lets content scripts send only what they need', async () => {
    const { handlers, route } = setup();
    for (const message of [{ type: 'clear-findings' }, { type: 'check-now', platform: 'facebook' }]) {
      expect(await route(message, facebookTab)).toMatchObject({ ok: false, error: 'not-allowed' });
    }
    expect(handlers['clear-findings']).not.toHaveBeenCalled();
    expect(handlers['check-now']).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'steal-everything' }],
    ['not an object', 'hello'],
    ['nothing', undefined],
    ['an extra field', { type: 'clear-findings', extra: 1 }],
    ['a bad state', { ...report, observations: [{ ...observation, state: 'fine' }] }],
    ['a bad check id', { ...report, observations: [{ ...observation, checkId: 'Facebook Future' }] }],
    [
      'overlong evidence',
      { ...report, observations: [{ ...observation, evidence: { label: 'x'.repeat(500), value: '' } }] },
    ],
    ['an observation of another platform', { ...report, observations: [{ ...observation, platform: 'x' }] }],
  ])('replies with an error to %s, never throwing', async (_name, message) => {
    const { route } = setup();
    const reply = await route(message, popup);
    expect(reply).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(reply.ok === false && reply.detail.length).toBeGreaterThan(0);
  });

  it('turns a failing handler into an error reply', async () => {
    const { handlers, route } = setup();
    handlers['clear-findings'].mockRejectedValueOnce(new Error('disk full'));
    expect(await route({ type: 'clear-findings' }, popup)).toEqual({
      ok: false,
      error: 'failed',
      detail: 'Error: disk full',
    });
  });
});
