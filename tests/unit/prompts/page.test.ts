import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checksForPage, runChecks } from '../../../lib/checks/engine';
import { feedPage } from '../../../lib/checks/facebook/pages';
import { FACEBOOK_WORDS } from '../../../lib/checks/facebook/words';
import type { Observation } from '../../../lib/checks/observation';
import { CHECKS } from '../../../lib/checks/registry';
import { createRouter, type Sender } from '../../../lib/messages/router';
import { promptHandlers } from '../../../lib/prompts/handlers';
import { settingRow, watchPrompts } from '../../../lib/prompts/page';
import { preferences, promptPreferences } from '../../../lib/storage/items';
import { idleHandlers } from '../../helpers';
import { chooseAudience, loadFeed, openComposer } from './feed';

const FEED = 'https://www.facebook.com/';
const SETTINGS = 'https://www.facebook.com/settings/?tab=privacy';
const received: { type: string; context?: string }[] = [];
let url = FEED;

/** The real background in the same process: the router and the prompt handlers, on fake storage. */
function background() {
  const route = createRouter(
    { id: 'our-id', origin: 'chrome-extension://our-id' },
    { ...idleHandlers(), ...promptHandlers },
  );
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    received.push(message as (typeof received)[number]);
    const tab: Sender = { id: 'our-id', url, tab: { id: 1 } };
    route(message, tab).then(sendResponse);
    return true;
  });
}

function start(page: Document, at: string) {
  url = at;
  const prompts = watchPrompts({
    platform: 'facebook',
    document: page,
    url: () => url,
    checks: CHECKS,
    isFeed: feedPage,
    words: FACEBOOK_WORDS,
    schedule: (run) => setTimeout(run, 0),
  });
  return {
    prompts,
    go(next: string) {
      url = next;
      prompts.navigated();
    },
  };
}

const prompts = (page: Document) => [...page.querySelectorAll('[data-hygiene-prompt]')];
const shown = (page: Document) => prompts(page).map((host) => host.getAttribute('data-hygiene-prompt'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const press = (page: Document, id: string, label: RegExp) => {
  const host = page.querySelector(`[data-hygiene-prompt="${id}"]`);
  const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((el) =>
    label.test(el.textContent ?? ''),
  );
  if (!button) throw new Error(`no ${label} button on ${id}`);
  button.click();
};

beforeEach(async () => {
  received.length = 0;
  background();
  await preferences.set({ language: 'en' });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('on the feed', () => {
  it('shows the two-factor prompt in a corner once, and not again after a reload the same day', async () => {
    const page = loadFeed('feed.en.friends.html');
    const first = start(page, FEED);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.two-factor']));
    expect(prompts(page)[0]?.parentElement).toBe(page.body);
    first.prompts.stop();
    expect(shown(page)).toEqual([]);
    start(page, FEED);
    await vi.waitFor(() => expect(received.filter((m) => m.type === 'request-prompt')).toHaveLength(2));
    await settle();
    expect(shown(page)).toEqual([]);
  });

  it('shows the composer prompt inside the composer while the audience is Public', async () => {
    await promptPreferences.set({ enabled: true, turnedOff: ['facebook.two-factor'], dismissedAt: {} });
    const page = loadFeed('feed.en.public.html');
    start(page, FEED);
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
    expect(prompts(page)[0]?.parentElement).toBe(dialog);
    // The composer keeps its focus: the prompt is read out, not jumped to.
    expect(page.activeElement?.getAttribute('role')).toBe('textbox');
    // The page redraws the dialog's content, as React may: the prompt comes back with it.
    dialog.replaceChildren((dialog.querySelector('form') as Element).cloneNode(true));
    await vi.waitFor(() => expect(prompts(page)[0]?.parentElement).toBe(dialog));
    chooseAudience(dialog, 'friends');
    await settle();
    expect(shown(page)).toEqual([]);
    chooseAudience(dialog, 'public');
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
  });

  it('does not prompt for Friends, nor on a page in a language it cannot read', async () => {
    for (const name of ['feed.en.friends.html', 'feed.fr.public.html']) {
      await promptPreferences.set({ enabled: true, turnedOff: ['facebook.two-factor'], dismissedAt: {} });
      const page = loadFeed(name);
      const { prompts: watcher } = start(page, FEED);
      await openComposer(page);
      await settle();
      expect(shown(page), name).toEqual([]);
      expect(
        received.filter((m) => m.context === 'composer'),
        name,
      ).toEqual([]);
      watcher.stop();
    }
  });

  it('shows one prompt at a time: the composer’s replaces the feed’s, and never the reverse', async () => {
    const page = loadFeed('feed.km.public.html');
    start(page, FEED);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.two-factor']));
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
    expect(prompts(page)[0]?.shadowRoot?.querySelector('[role=group]')?.getAttribute('lang')).toBe('en');
    chooseAudience(dialog, 'friends');
    await vi.waitFor(() => expect(shown(page)).toEqual([]));
  });

  it('keeps a dismissed composer prompt away, and stops watching the composer once turned off', async () => {
    await promptPreferences.set({ enabled: true, turnedOff: ['facebook.two-factor'], dismissedAt: {} });
    const page = loadFeed('feed.en.public.html');
    start(page, FEED);
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
    press(page, 'facebook.post-audience', /Not now/);
    expect(shown(page)).toEqual([]);
    await vi.waitFor(async () =>
      expect((await promptPreferences.get()).dismissedAt).toHaveProperty(['facebook.post-audience']),
    );
    chooseAudience(dialog, 'friends');
    await settle();
    chooseAudience(dialog, 'public');
    await settle();
    expect(shown(page)).toEqual([]);

    // A day later, the next Public post gets it again, and "Don't show this again" ends it.
    await promptPreferences.set({ enabled: true, turnedOff: ['facebook.two-factor'], dismissedAt: {} });
    chooseAudience(dialog, 'friends');
    await settle();
    chooseAudience(dialog, 'public');
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
    press(page, 'facebook.post-audience', /Don't show/);
    await vi.waitFor(async () =>
      expect((await promptPreferences.get()).turnedOff).toContain('facebook.post-audience'),
    );
    await settle();
    const asked = received.length;
    chooseAudience(dialog, 'friends');
    await settle();
    chooseAudience(dialog, 'public');
    await settle();
    expect(shown(page)).toEqual([]);
    expect(received).toHaveLength(asked);
  });
});

describe('while prompts are off', () => {
  it('does nothing at all: no listeners, no questions, no prompt', async () => {
    await promptPreferences.set({ enabled: false, turnedOff: [], dismissedAt: {} });
    const page = loadFeed('feed.en.public.html');
    const listen = vi.spyOn(page, 'addEventListener');
    start(page, FEED);
    await openComposer(page);
    await settle();
    expect(listen).not.toHaveBeenCalled();
    expect(received).toEqual([]);
    expect(shown(page)).toEqual([]);
  });

  it('takes a prompt away when the options page turns them off, and resumes when turned on', async () => {
    await promptPreferences.set({ enabled: true, turnedOff: ['facebook.two-factor'], dismissedAt: {} });
    const page = loadFeed('feed.en.public.html');
    start(page, FEED);
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
    await promptPreferences.update((prefs) => ({ ...prefs, enabled: false }));
    await vi.waitFor(() => expect(shown(page)).toEqual([]));
    await promptPreferences.update((prefs) => ({ ...prefs, enabled: true }));
    dialog.querySelector('[role=textbox]')?.dispatchEvent(new Event('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.post-audience']));
  });
});

describe('on a settings page', () => {
  const load = (name: string) =>
    new DOMParser().parseFromString(
      readFileSync(join(process.cwd(), 'tests/fixtures/facebook/future-posts', name), 'utf8'),
      'text/html',
    );
  const scan = (page: Document): Observation[] =>
    runChecks(checksForPage(CHECKS, 'facebook', SETTINGS), page, Date.now());

  it('puts the prompt right after the risky setting’s row, and takes it away once fixed', async () => {
    const page = load('www-privacy.en.risky.html');
    const { prompts: watcher } = start(page, SETTINGS);
    const observations = scan(page);
    watcher.observed(observations);
    await vi.waitFor(() => expect(shown(page)).toEqual(['facebook.future-posts']));
    const host = prompts(page)[0] as Element;
    const row = host.previousElementSibling;
    expect(row?.textContent).toContain('Who can see your future posts?');
    expect(row?.textContent).toContain('Public');
    expect(row?.textContent).not.toContain('Who can send you friend requests?');
    watcher.observed(
      observations.map((o) => (o.checkId === 'facebook.future-posts' ? { ...o, state: 'safe' as const } : o)),
    );
    await vi.waitFor(() => expect(shown(page)).not.toContain('facebook.future-posts'));
  });

  it('shows nothing for a safe page, and nothing of the settings page after leaving it', async () => {
    const page = load('www-privacy.en.safe.html');
    const { prompts: watcher, go } = start(page, SETTINGS);
    watcher.observed(scan(page).filter((o) => o.checkId === 'facebook.future-posts'));
    await settle();
    expect(shown(page)).toEqual([]);
    watcher.observed([{ checkId: 'facebook.future-posts', platform: 'facebook', state: 'risky', seenAt: 1 }]);
    go('https://www.facebook.com/zuck');
    await settle();
    expect(shown(page)).toEqual([]);
  });

  it('finds a phone-site row but never places the prompt inside its button', () => {
    const page = load('m-privacy.en.risky.html');
    const [observation] = runChecks(
      CHECKS.filter((check) => check.id === 'facebook.future-posts'),
      page,
      1,
    );
    const row = observation?.evidence && settingRow(page, observation.evidence);
    expect(row?.textContent).toMatch(/future posts/);
    expect(row?.parentElement?.closest('[role=button],a,button')).toBeNull();
  });
});
