// No zod, Preact or catalogues here: the content script asks the background for ready words.
import { browser } from 'wxt/browser';
import { type CheckDefinition, EVIDENCE_MAX } from '../checks/definition';
import { checksForPage } from '../checks/engine';
import type { CheckId, Evidence, Observation } from '../checks/observation';
import { notify, request } from '../messages/notify';
import type { Platform } from '../platforms';
import { clip, normaliseText } from '../text/normalise';
import { type ComposerWatch, type ComposerWords, watchComposer } from './composer';
import { OWN_PROMPTS } from './definitions';
import { type Placement, type PromptHandle, showPrompt } from './render';
import type { PromptContext, PromptView } from './schema';
import { PROMPT_PREFERENCES_KEY, type PromptSwitches, promptSwitches } from './switches';

export interface PromptPageOptions {
  platform: Platform;
  document: Document;
  url(): string;
  checks: readonly CheckDefinition[];
  isFeed(url: URL): boolean;
  words: Readonly<Record<string, ComposerWords>>;
  /** Runs work later and batched, as the settings watcher does. */
  schedule(run: () => void): void;
}

/** A prompt of a more urgent moment replaces a lesser one; never the other way round. */
const RANK: Record<PromptContext, number> = { feed: 0, settings: 1, composer: 2 };
const INTERACTIVE =
  'a,button,[role=button],[role=link],[role=switch],[role=checkbox],[role=radio],[tabindex]:not([tabindex="-1"])';
const LABELS = '[dir=auto],[aria-label],h1,h2,h3,h4,h5,h6';
// How far above its label a setting's row may start; further up, it is the whole page.
const ROW_DEPTH = 8;

/**
 * The setting's row on the page, found again from the evidence the checks reported: the label,
 * then the nearest container that also shows the value, stepping out of any control around it
 * so the prompt is never placed inside a button.
 */
export function settingRow(document: Document, evidence: Evidence): Element | undefined {
  const scope = document.querySelector('[role=main]') ?? document.body;
  if (!scope) return;
  const textOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';
  const label = [...scope.querySelectorAll(LABELS)]
    .filter((el) => clip(textOf(el), EVIDENCE_MAX) === evidence.label)
    .at(-1);
  if (!label) return;
  const own = normaliseText(textOf(label));
  const value = normaliseText(evidence.value);
  let row = label.parentElement;
  for (let depth = 0; row && row !== scope && depth < ROW_DEPTH; depth++, row = row.parentElement) {
    if (
      normaliseText(row.textContent ?? '')
        .replace(own, '')
        .includes(value)
    ) {
      return row.closest(INTERACTIVE) ?? row;
    }
  }
}

/**
 * Shows the platform's prompts on its pages, one at a time: on the feed, in the post composer,
 * and on settings pages beside a risky setting. The background decides and words each prompt;
 * this only notices the moment, asks, and draws. Idle while prompts are off.
 */
export function watchPrompts(options: PromptPageOptions) {
  const { document, platform } = options;
  const ownIds = (context: PromptContext) =>
    Object.entries(OWN_PROMPTS)
      .filter(([id, where]) => where === context && id.startsWith(`${platform}.`))
      .map(([id]) => id);
  const composerIds = ownIds('composer');
  const feedIds = ownIds('feed');

  /** Unknown until read from storage: until then nothing shows. */
  let switches: PromptSwitches | undefined;
  let shown: { context: PromptContext; handle: PromptHandle } | undefined;
  /** The latest question per context; an answer to an older one arrives too late to show. */
  const asked: Record<PromptContext, number> = { feed: 0, settings: 0, composer: 0 };
  let observations: readonly Observation[] = [];
  let composer: ComposerWatch | undefined;
  let publicComposer: Element | undefined;

  const wanted = (ids: readonly CheckId[]) => ids.filter((id) => !switches?.turnedOff.includes(id));
  const settingsPage = () => checksForPage(options.checks, platform, options.url()).length > 0;

  function clear(context?: PromptContext) {
    if (!shown || (context && shown.context !== context)) return;
    shown.handle.remove();
    shown = undefined;
  }

  function cancel(context: PromptContext) {
    asked[context]++;
    clear(context);
  }

  async function ask(
    context: PromptContext,
    ids: readonly CheckId[],
    place: (view: PromptView) => Placement,
  ) {
    const question = ++asked[context];
    if (ids.length === 0) return;
    const view = await request({ type: 'request-prompt', platform, context, ids: [...ids] });
    if (!view || question !== asked[context]) return;
    if (shown && RANK[shown.context] > RANK[context]) return;
    clear();
    const handle = showPrompt(document, view, place(view), (answer) => {
      if (shown?.handle === handle) shown = undefined;
      notify({ type: 'answer-prompt', id: view.id, answer });
    });
    shown = { context, handle };
  }

  function settings() {
    const active = new Set(checksForPage(options.checks, platform, options.url()).map((check) => check.id));
    const risky = observations.filter((o) => o.state === 'risky' && active.has(o.checkId));
    // The prompt on screen stays while its setting is still risky; it goes once the user fixes it.
    if (shown?.context === 'settings' && risky.some((o) => o.checkId === shown?.handle.id)) return;
    cancel('settings');
    void ask('settings', wanted(risky.map((o) => o.checkId)), (view) => {
      const evidence = risky.find((o) => o.checkId === view.id)?.evidence;
      const row = evidence && settingRow(document, evidence);
      return row ? { after: row } : 'corner';
    });
  }

  function startComposer() {
    composer = watchComposer({
      document,
      words: options.words,
      schedule: options.schedule,
      onChange(dialog, audience) {
        const now = audience === 'public' ? dialog : undefined;
        if (now === publicComposer) {
          // The page redrew the dialog and took the prompt with it: the decision stands, put it back.
          if (now && shown?.context === 'composer' && !shown.handle.host.isConnected)
            now.append(shown.handle.host);
          return;
        }
        publicComposer = now;
        cancel('composer');
        if (now) void ask('composer', wanted(composerIds), () => ({ inside: now }));
      },
    });
  }

  function stopAll() {
    composer?.stop();
    composer = undefined;
    publicComposer = undefined;
    for (const context of Object.keys(asked) as PromptContext[]) asked[context]++;
    clear();
  }

  /** Starts what this page needs: the feed's prompt, the settings' prompts, or the composer's. */
  function start() {
    stopAll();
    if (!switches?.enabled) return;
    let url: URL;
    try {
      url = new URL(options.url());
    } catch {
      return;
    }
    if (settingsPage()) return settings();
    if (options.isFeed(url)) void ask('feed', wanted(feedIds), () => 'corner');
    if (wanted(composerIds).length > 0) startComposer();
  }

  function onStorage(changes: Record<string, { newValue?: unknown }>, area: string) {
    const change = changes[PROMPT_PREFERENCES_KEY];
    if (area !== 'local' || !change) return;
    const next = promptSwitches(change.newValue);
    // Dismissing writes here too; only a changed switch restarts.
    if (JSON.stringify(next) === JSON.stringify(switches)) return;
    switches = next;
    start();
  }
  browser.storage.onChanged.addListener(onStorage);
  let stopped = false;
  browser.storage.local
    .get(PROMPT_PREFERENCES_KEY)
    .then((stored) => {
      if (stopped || switches) return;
      switches = promptSwitches(stored[PROMPT_PREFERENCES_KEY]);
      start();
    })
    .catch(() => undefined);

  return {
    /** The settings watcher's latest report: a risky setting here may get its prompt. */
    observed(latest: readonly Observation[]) {
      observations = latest;
      if (switches?.enabled && settingsPage()) settings();
    },
    /** The single-page app moved to another page. */
    navigated() {
      if (switches) start();
    },
    stop() {
      stopped = true;
      browser.storage.onChanged.removeListener(onStorage);
      stopAll();
    },
  };
}
