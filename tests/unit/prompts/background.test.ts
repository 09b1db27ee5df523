import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckDefinition } from '../../../lib/checks/definition';
import { CHECKS, FACEBOOK_CHECKS } from '../../../lib/checks/registry';
import { EN as en, KM as km } from '../../../lib/i18n/all';
import { request } from '../../../lib/messages/notify';
import { createRouter, type Sender } from '../../../lib/messages/router';
import { OWN_PROMPTS } from '../../../lib/prompts/definitions';
import { promptHandlers } from '../../../lib/prompts/handlers';
import { PromptViewSchema } from '../../../lib/prompts/schema';
import { PROMPT_PREFERENCES_KEY, promptSwitches } from '../../../lib/prompts/switches';
import { INSTEAD, OWN_PROMPT_TEXT, promptView } from '../../../lib/prompts/view';
import { findings, preferences, promptPreferences } from '../../../lib/storage/items';
import { idleHandlers } from '../../helpers';

const self = { id: 'our-id', origin: 'chrome-extension://our-id' };
const options: Sender = { id: 'our-id', url: 'chrome-extension://our-id/options.html' };
const feedTab: Sender = { id: 'our-id', url: 'https://www.facebook.com/', tab: { id: 7 } };
const DAY = 24 * 60 * 60 * 1000;
const MORNING = Date.UTC(2026, 10, 29, 2, 0);

const route = createRouter(self, { ...idleHandlers(), ...promptHandlers });

const askFor = (context: 'composer' | 'settings' | 'feed', ids: string[]) =>
  route({ type: 'request-prompt', platform: 'facebook', context, ids }, feedTab);
const answer = (id: string, choice: 'dismiss' | 'turn-off') =>
  route({ type: 'answer-prompt', id, answer: choice }, feedTab);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
  await preferences.set({ language: 'en' });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('request-prompt', () => {
  it('answers with the composer prompt, worded in the language the user chose', async () => {
    const english = await askFor('composer', ['facebook.post-audience']);
    expect(english).toEqual({
      ok: true,
      data: {
        id: 'facebook.post-audience',
        language: 'en',
        title: en['prompt.facebook.post-audience.title'],
        body: en['prompt.facebook.post-audience.body'],
        labels: { source: en['app.name'], dismiss: en['prompt.dismiss'], turnOff: en['prompt.turnOff'] },
      },
    });
    await preferences.set({ language: 'km' });
    expect(await askFor('composer', ['facebook.post-audience'])).toMatchObject({
      data: { language: 'km', title: km['prompt.facebook.post-audience.title'] },
    });
  });

  it('answers null, not an error, when nothing should show', async () => {
    expect(await askFor('composer', ['facebook.two-factor'])).toEqual({ ok: true, data: null });
  });

  it('says on a settings page what to choose instead', async () => {
    expect(await askFor('settings', ['facebook.future-posts'])).toMatchObject({
      data: {
        title: en['check.facebook.future-posts.title'],
        body: en['prompt.facebook.future-posts.instead'],
      },
    });
  });

  it('shows the feed prompt once a day, across reloads and tabs', async () => {
    const first = await askFor('feed', ['facebook.two-factor']);
    expect(first).toMatchObject({ ok: true, data: { id: 'facebook.two-factor' } });
    expect((await promptPreferences.get()).lastFeedPromptAt).toBe(MORNING);
    vi.setSystemTime(MORNING + 10 * 60 * 60 * 1000);
    expect(await askFor('feed', ['facebook.two-factor'])).toEqual({ ok: true, data: null });
    vi.setSystemTime(MORNING + DAY);
    expect(await askFor('feed', ['facebook.two-factor'])).toMatchObject({
      data: { id: 'facebook.two-factor' },
    });
  });

  it('shows it once when two tabs open the feed at the same moment', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => askFor('feed', ['facebook.two-factor'])));
    expect(replies.filter((reply) => reply.ok && reply.data)).toHaveLength(1);
  });

  it('links the feed prompt to the two-factor setting, on Facebook', async () => {
    const reply = await askFor('feed', ['facebook.two-factor']);
    const view = reply.ok ? PromptViewSchema.parse(reply.data) : undefined;
    expect(view?.labels.open).toBe(en['prompt.facebook.two-factor.open']);
    expect(new URL(view?.link ?? '').hostname).toMatch(/(^|\.)facebook\.com$/);
  });

  it('stays quiet on the feed once two-factor login is on', async () => {
    await findings.set({
      'facebook.two-factor': {
        checkId: 'facebook.two-factor',
        platform: 'facebook',
        state: 'safe',
        seenAt: 1,
      },
    });
    expect(await askFor('feed', ['facebook.two-factor'])).toEqual({ ok: true, data: null });
    expect((await promptPreferences.get()).lastFeedPromptAt).toBeUndefined();
  });
});

describe('answers and switches', () => {
  it('keeps a dismissed prompt quiet for a day', async () => {
    expect(await answer('facebook.post-audience', 'dismiss')).toEqual({ ok: true });
    expect(await askFor('composer', ['facebook.post-audience'])).toEqual({ ok: true, data: null });
    vi.setSystemTime(MORNING + DAY);
    expect(await askFor('composer', ['facebook.post-audience'])).toMatchObject({
      data: { id: 'facebook.post-audience' },
    });
  });

  it('turns one prompt off for good, and the options page brings it back', async () => {
    await answer('facebook.post-audience', 'turn-off');
    vi.setSystemTime(MORNING + 100 * DAY);
    expect(await askFor('composer', ['facebook.post-audience'])).toEqual({ ok: true, data: null });
    expect(await askFor('settings', ['facebook.future-posts'])).toMatchObject({
      data: { id: 'facebook.future-posts' },
    });
    expect(await route({ type: 'restore-prompts' }, options)).toEqual({ ok: true });
    expect(await askFor('composer', ['facebook.post-audience'])).toMatchObject({
      data: { id: 'facebook.post-audience' },
    });
  });

  it('turns every prompt off and on from the options page', async () => {
    await route({ type: 'set-prompts-enabled', enabled: false }, options);
    expect(await askFor('composer', ['facebook.post-audience'])).toEqual({ ok: true, data: null });
    expect(await askFor('feed', ['facebook.two-factor'])).toEqual({ ok: true, data: null });
    await route({ type: 'set-prompts-enabled', enabled: true }, options);
    expect(await askFor('composer', ['facebook.post-audience'])).toMatchObject({
      data: { id: 'facebook.post-audience' },
    });
  });

  it('lets content scripts ask and answer, but not flip the switches', async () => {
    for (const message of [{ type: 'set-prompts-enabled', enabled: false }, { type: 'restore-prompts' }]) {
      expect(await route(message, feedTab)).toMatchObject({ ok: false, error: 'not-allowed' });
    }
    expect((await promptPreferences.get()).enabled).toBe(true);
  });

  it('refuses a prompt request for another platform than the page', async () => {
    const elsewhere: Sender = { ...feedTab, url: 'https://evil.example/' };
    expect(await askFor('composer', ['facebook.post-audience'])).toMatchObject({ ok: true });
    expect(
      await route({ type: 'request-prompt', platform: 'facebook', context: 'feed', ids: [] }, elsewhere),
    ).toMatchObject({ ok: false, error: 'not-allowed' });
  });
});

describe('replies with data', () => {
  const setup = (answerWith: unknown) =>
    createRouter(self, {
      ...idleHandlers(),
      ...promptHandlers,
      'report-observations': async () => answerWith as undefined,
      'request-prompt': async () => answerWith as null,
    });

  it('sends an answer only in the shape its schema promises', async () => {
    const ask = {
      type: 'request-prompt',
      platform: 'facebook',
      context: 'composer',
      ids: [] as string[],
    } as const;
    const unchecked = setup({ id: 'facebook.post-audience', title: '<b>no language, no labels</b>' });
    expect(await unchecked(ask, feedTab)).toMatchObject({ ok: false, error: 'failed' });
    const view = await promptHandlers['request-prompt']({ ...ask, ids: ['facebook.post-audience'] });
    const offSite = {
      ...view,
      link: 'https://facebook.com.evil.example/login',
      labels: { ...view?.labels, open: 'Log in' },
    };
    expect(await setup(offSite)(ask, feedTab)).toMatchObject({ ok: false, error: 'failed' });
    expect(await setup(view)(ask, feedTab)).toEqual({ ok: true, data: view });
  });

  it('never passes on what a handler returns for a message that has no answer', async () => {
    const leaky = setup({ secret: 1 });
    const report = { type: 'report-observations', platform: 'facebook', observations: [] };
    expect(await leaky(report, feedTab)).toEqual({ ok: true });
  });

  it('reaches a content script as the bare answer; a failure is undefined', async () => {
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      route(message, feedTab).then(sendResponse);
      return true;
    });
    const view = await request({
      type: 'request-prompt',
      platform: 'facebook',
      context: 'composer',
      ids: ['facebook.post-audience'],
    });
    expect(view?.id).toBe('facebook.post-audience');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: false, error: 'failed', detail: 'disk full' });
      return true;
    });
    expect(
      await request({ type: 'request-prompt', platform: 'facebook', context: 'feed', ids: [] }),
    ).toBeUndefined();
  });
});

describe('promptView', () => {
  it('has words for every prompt that is not a check, and only for those', () => {
    expect(Object.keys(OWN_PROMPT_TEXT).sort()).toEqual(Object.keys(OWN_PROMPTS).sort());
  });

  // In-page prompts run on Facebook's pages only: Google's content script reads and prompts nothing.
  it('says what to choose instead for every Facebook check, and for nothing else', () => {
    expect(Object.keys(INSTEAD).sort()).toEqual(FACEBOOK_CHECKS.map((check) => check.id).sort());
    for (const check of FACEBOOK_CHECKS) {
      for (const language of ['en', 'km'] as const) {
        expect(PromptViewSchema.safeParse(promptView(check.id, language, CHECKS)).success, check.id).toBe(
          true,
        );
      }
    }
  });

  it('links a prompt about a registered check to that check’s setting', () => {
    const twoFactor = {
      ...CHECKS[0],
      id: 'facebook.two-factor',
      deepLink: 'https://www.facebook.com/security/2fac/settings/',
    } as CheckDefinition;
    expect(promptView('facebook.two-factor', 'en', [twoFactor])?.link).toBe(twoFactor.deepLink);
  });

  it('has nothing to say about an id that is neither a prompt nor a check', () => {
    expect(promptView('facebook.nothing', 'en', CHECKS)).toBeUndefined();
  });
});

describe('prompt switches, as the content script reads them', () => {
  it('agree with the stored item, without zod', async () => {
    const read = async () =>
      promptSwitches((await fakeBrowser.storage.local.get(PROMPT_PREFERENCES_KEY))[PROMPT_PREFERENCES_KEY]);
    expect(await read()).toEqual({ enabled: true, turnedOff: [] });
    await promptPreferences.set({ enabled: false, turnedOff: ['facebook.post-audience'], dismissedAt: {} });
    expect(await read()).toEqual({ enabled: false, turnedOff: ['facebook.post-audience'] });
  });

  it('count whatever is not clearly off as on', () => {
    for (const raw of [undefined, 'garbage', { value: null }, { value: { enabled: 'no', turnedOff: 'x' } }]) {
      expect(promptSwitches(raw)).toEqual({ enabled: true, turnedOff: [] });
    }
  });
});
