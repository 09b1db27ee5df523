// No zod here: this runs in the content script.
import { normaliseText } from '../text/normalise';

/** A platform's words in one language that the composer reader needs. */
export interface ComposerWords {
  composer: { audience: readonly string[] };
  values: Record<string, readonly string[]>;
}

export type Audience = 'public' | 'other' | 'unknown';

// As the settings reader compares labels: Khmer phrases match with or without spaces between them.
const norm = (text: string) => normaliseText(text).replace(/([\u1780-\u17ff]) (?=[\u1780-\u17ff])/g, '$1');
const EDGES = /^[\s.…:,។៕]+|[\s.…:,។៕]+$/g;

/**
 * Who a post in this dialog would reach, read from its audience button: the aria-label says
 * "Edit privacy. Sharing with Public." and the button shows the audience as text. Unknown when
 * the page's language has no word list, there is no audience button, or two buttons disagree.
 */
export function composerAudience(dialog: Element, lists: Readonly<Record<string, ComposerWords>>): Audience {
  const lang = dialog.ownerDocument.documentElement.lang.split('-')[0]?.toLowerCase() ?? '';
  const words = lists[lang];
  if (!words) return 'unknown';
  const phrases = words.composer.audience.map(norm);
  const values = new Map(
    Object.entries(words.values).flatMap(([key, list]) => list.map((word) => [norm(word), key] as const)),
  );
  /** The audience a text names, when it is nothing but an audience ("Friends except…" included). */
  const audienceOf = (text: string) => values.get(text.replace(EDGES, ''));

  const seen = new Set<string>();
  for (const button of dialog.querySelectorAll('[aria-label]')) {
    let label = norm(button.getAttribute('aria-label') ?? '');
    if (!phrases.some((phrase) => label.includes(phrase))) continue;
    for (const phrase of phrases) label = label.replace(phrase, ' ');
    const shown = [...button.querySelectorAll('[dir=auto]')].map((el) =>
      audienceOf(norm(el.textContent ?? '')),
    );
    const audience = audienceOf(label.replace(/\s*[.។]\s*/g, ' ').trim()) ?? shown.find(Boolean);
    if (audience) seen.add(audience);
  }
  if (seen.size !== 1) return 'unknown';
  return seen.has('public') ? 'public' : 'other';
}

export interface ComposerWatch {
  stop(): void;
}

/**
 * Calls back with the open composer dialog and its audience whenever either may have changed.
 * It never observes the whole page: user input (focus moving into a dialog, a click, a key)
 * prompts one look for dialogs, and only the dialogs found are observed, for a changed audience.
 */
export function watchComposer(options: {
  document: Document;
  words: Readonly<Record<string, ComposerWords>>;
  /** Runs work later, off the event or mutation; batches bursts into one look. */
  schedule(run: () => void): void;
  onChange(dialog: Element | undefined, audience: Audience): void;
}): ComposerWatch {
  const { document } = options;
  const watched = new Map<Element, MutationObserver>();
  let pending = false;
  let lookForDialogs = true;
  let stopped = false;

  function queue(fromInput: boolean) {
    lookForDialogs ||= fromInput;
    if (pending) return;
    pending = true;
    options.schedule(() => {
      pending = false;
      check();
    });
  }
  const onInput = () => queue(true);
  const onMutation = () => queue(false);

  function check() {
    if (stopped) return;
    if (lookForDialogs) {
      lookForDialogs = false;
      for (const dialog of document.querySelectorAll('[role=dialog]')) {
        if (watched.has(dialog)) continue;
        const observer = new MutationObserver(onMutation);
        observer.observe(dialog, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: ['aria-label'],
        });
        watched.set(dialog, observer);
      }
    }
    let open: [Element, Audience] | undefined;
    for (const [dialog, observer] of watched) {
      if (!dialog.isConnected) {
        observer.disconnect();
        watched.delete(dialog);
        continue;
      }
      const audience = composerAudience(dialog, options.words);
      if (audience !== 'unknown') open ??= [dialog, audience];
    }
    options.onChange(open?.[0], open?.[1] ?? 'unknown');
  }

  const EVENTS = ['focusin', 'click', 'keyup'] as const;
  for (const type of EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
  queue(true);
  return {
    stop() {
      stopped = true;
      for (const type of EVENTS) document.removeEventListener(type, onInput, { capture: true });
      for (const observer of watched.values()) observer.disconnect();
      watched.clear();
    },
  };
}
