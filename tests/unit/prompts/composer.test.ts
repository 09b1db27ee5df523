import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FACEBOOK_WORDS } from '../../../lib/checks/facebook/words';
import { type Audience, composerAudience, watchComposer } from '../../../lib/prompts/composer';
import { chooseAudience, DIR, LAYER, loadFeed, openComposer } from './feed';

const read = (dialog: Element) => composerAudience(dialog, FACEBOOK_WORDS);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the feed fixtures', () => {
  const pages = readdirSync(DIR).filter((name) => name.endsWith('.html'));

  it('include a large feed: at least 20,000 elements when it loads, and no composer yet', () => {
    const page = new DOMParser().parseFromString(
      readFileSync(join(DIR, 'feed.en.public.html'), 'utf8'),
      'text/html',
    );
    expect(page.getElementsByTagName('*').length).toBeGreaterThanOrEqual(20_000);
    expect(page.querySelectorAll('[role=feed] [role=article][aria-posinset]').length).toBeGreaterThanOrEqual(
      60,
    );
    expect(page.querySelectorAll('span[dir=auto]').length).toBeGreaterThan(1000);
    expect(page.querySelector('[role=dialog]')).toBeNull();
  });

  it('are what the generator makes, byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'feed-'));
    try {
      execFileSync(process.execPath, [join(DIR, 'generate.mjs'), '--dir', out]);
      for (const name of pages) {
        expect(readFileSync(join(out, name)).equals(readFileSync(join(DIR, name))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(pages)('%s opens its composer as a dialog and focuses the text box', async (name) => {
    const page = loadFeed(name);
    const dialog = await openComposer(page);
    expect(dialog.closest(LAYER)).not.toBeNull();
    expect(page.activeElement?.getAttribute('role')).toBe('textbox');
    expect(dialog.querySelector('[data-audience-button]')?.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('composerAudience', () => {
  it.each<[string, Audience]>([
    ['feed.en.public.html', 'public'],
    ['feed.km.public.html', 'public'],
    ['feed.en.friends.html', 'other'],
    ['feed.km.friends.html', 'other'],
    // "Public" is also the French word: without a French word list it is not read as English.
    ['feed.fr.public.html', 'unknown'],
  ])('reads %s as %s', async (name, audience) => {
    expect(read(await openComposer(loadFeed(name)))).toBe(audience);
  });

  it('follows the audience the user picks, and says unknown while the picker is open', async () => {
    const page = loadFeed('feed.en.friends.html');
    const dialog = await openComposer(page);
    (dialog.querySelector('[data-audience-button]') as HTMLElement).click();
    expect(read(dialog)).toBe('unknown');
    (dialog.querySelector('[data-audience-done]') as HTMLElement).click();
    expect(read(dialog)).toBe('other');
    chooseAudience(dialog, 'onlyMe');
    expect(read(dialog)).toBe('other');
    chooseAudience(dialog, 'public');
    expect(read(dialog)).toBe('public');
  });

  it('reads Khmer audiences too', async () => {
    const dialog = await openComposer(loadFeed('feed.km.friends.html'));
    chooseAudience(dialog, 'public');
    expect(read(dialog)).toBe('public');
    chooseAudience(dialog, 'friendsExcept');
    expect(read(dialog)).toBe('other');
  });

  const dialogWith = (lang: string, inner: string) =>
    new DOMParser()
      .parseFromString(
        `<html lang="${lang}"><body><div role="dialog">${inner}</div></body></html>`,
        'text/html',
      )
      .querySelector('[role=dialog]') as Element;
  const audienceButton = (label: string, shown: string) =>
    `<div role="button" aria-label="${label}"><div><span dir="auto"><span>${shown}</span></span></div></div>`;

  it.each<[string, string, string, Audience]>([
    ['en', 'Edit privacy. Sharing with Public. ', 'Public', 'public'],
    ['en-GB', 'EDIT PRIVACY. SHARING WITH PUBLIC.', 'Public', 'public'],
    ['en', 'Edit privacy. Sharing with Friends except... ', 'Friends except...', 'other'],
    ['en', 'Select audience', 'Public', 'public'],
    ['en', 'Select audience', 'Friends', 'other'],
    ['en', 'Edit privacy. Sharing with Publicity. ', '', 'unknown'],
    ['en', 'Edit privacy', 'Custom', 'other'],
    ['en', 'Shared with Public', 'Public', 'unknown'],
    ['', 'Edit privacy. Sharing with Public. ', 'Public', 'unknown'],
    ['km', 'កែសម្រួល\u200bឯកជនភាព។ ចែករំលែក\u200bជាមួយ សា\u200bធារណៈ។ ', 'សាធារណៈ', 'public'],
  ])('%s "%s" showing "%s" is %s', (lang, label, shown, audience) => {
    expect(read(dialogWith(lang, audienceButton(label, shown)))).toBe(audience);
  });

  it('says unknown when two audience buttons disagree', () => {
    const both =
      audienceButton('Edit privacy. Sharing with Public. ', 'Public') +
      audienceButton('Edit privacy. Sharing with Friends. ', 'Friends');
    expect(read(dialogWith('en', both))).toBe('unknown');
  });
});

describe('watchComposer', () => {
  function watch(page: Document) {
    const seen: [Element | undefined, Audience][] = [];
    const watcher = watchComposer({
      document: page,
      words: FACEBOOK_WORDS,
      schedule: (run) => setTimeout(run, 0),
      onChange: (dialog, audience) => seen.push([dialog, audience]),
    });
    return { seen, watcher, last: () => seen.at(-1) };
  }

  it('follows the composer from opening, through a change of audience, to closing', async () => {
    const page = loadFeed('feed.km.public.html');
    const { watcher, last } = watch(page);
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(last()).toEqual([dialog, 'public']));
    chooseAudience(dialog, 'friends');
    await vi.waitFor(() => expect(last()).toEqual([dialog, 'other']));
    (dialog.querySelector('[data-close-composer]') as HTMLElement).click();
    await vi.waitFor(() => expect(last()).toEqual([undefined, 'unknown']));
    watcher.stop();
  });

  it('observes only dialogs, never the feed, and does nothing while the feed grows', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const page = loadFeed('feed.en.public.html');
    const { seen, watcher } = watch(page);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const feed = page.querySelector('[role=feed]') as Element;
    for (const article of [...feed.querySelectorAll('[role=article][aria-posinset]')].slice(0, 10)) {
      feed.append(article.cloneNode(true));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
    expect(observe).not.toHaveBeenCalled();
    const dialog = await openComposer(page);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([dialog, 'public']));
    expect(observe.mock.calls.map(([target]) => target)).toEqual([dialog]);
    watcher.stop();
  });

  it('batches a burst of input into one look', async () => {
    const page = loadFeed('feed.en.friends.html');
    const { seen, watcher } = watch(page);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    for (let i = 0; i < 50; i++) page.body.dispatchEvent(new Event('keyup', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
    watcher.stop();
  });

  it('stops listening when stopped', async () => {
    const page = loadFeed('feed.km.public.html');
    const { seen, watcher } = watch(page);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    watcher.stop();
    await openComposer(page);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
