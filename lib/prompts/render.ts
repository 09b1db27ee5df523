// No zod and no Preact here: this runs in the content script, inside the platform's page.
import type { PromptAnswer, PromptView } from './schema';

/** Inside an element (a dialog, so its focus trap includes us), after one (a setting's row), or in a corner. */
export type Placement = { inside: Element } | { after: Element } | 'corner';

export interface PromptHandle {
  id: string;
  host: HTMLElement;
  remove(): void;
}

/*
 * System fonts only: no font file is added to the platform's page. `all: initial` stops the
 * page's inherited styles at the host; the rest lives in the shadow root, out of the page's reach.
 */
const STYLE = `:host{all:initial;display:block;margin:8px 0;max-width:40rem}
:host([data-placement=corner]){position:fixed;z-index:2147483647;inset:auto 16px 16px auto;margin:0;width:min(22rem,calc(100vw - 32px))}
div[role=group]{padding:12px 16px;border:1px solid #8d949e;border-left-width:4px;border-radius:8px;background:#fff;color:#1c1e21;box-shadow:0 2px 8px #0003;font:15px/1.45 system-ui,"Noto Sans Khmer","Khmer UI",sans-serif}
div:lang(km){line-height:1.7}
p{margin:0 0 6px}
p+p{font-weight:700}
p+p+p{font-weight:400}
a,button{font:inherit;display:inline-block;margin:6px 8px 0 0;padding:6px 12px;min-height:36px;border:1px solid transparent;border-radius:6px;background:#e4e6eb;color:inherit;cursor:pointer;text-decoration:none}
a{background:#0b57d0;color:#fff}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
@media (prefers-color-scheme:dark){div[role=group]{background:#242526;color:#e4e6eb}button{background:#3a3b3c}a{background:#8ab4f8;color:#111}:focus-visible{outline-color:#8ab4f8}}
@media (forced-colors:active){div,a,button{border-color:CanvasText}}`;

// Screen readers announce a live region's changes, not a region that arrives already full.
const ANNOUNCE_DELAY_MS = 100;
// The page must not act on what happens inside the prompt (shortcuts, "click outside" closers).
const KEPT_INSIDE = ['click', 'keydown', 'keyup', 'pointerdown', 'mousedown'];

/**
 * Draws a prompt in a shadow root. It never takes focus and never covers the page: it sits in
 * the flow or in a corner, is reached by Tab like any control, and Escape inside it dismisses it.
 */
export function showPrompt(
  document: Document,
  view: PromptView,
  placement: Placement,
  onAnswer: (answer: PromptAnswer) => void,
): PromptHandle {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
    Object.assign(document.createElement(tag), props);

  const host = document.createElement('dhc-prompt');
  host.setAttribute('data-hygiene-prompt', view.id);
  host.setAttribute('data-placement', placement === 'corner' ? 'corner' : 'inline');
  // Open, so tests and assistive tools can look in; it holds nothing the page does not know.
  const shadow = host.attachShadow({ mode: 'open' });

  const card = el('div', { lang: view.language });
  card.setAttribute('role', 'group');
  card.setAttribute('aria-labelledby', 'title');
  const status = el('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');
  const actions = el('div');
  if (view.link && view.labels.open) {
    actions.append(el('a', { href: view.link, textContent: view.labels.open }));
  }
  const answer = (choice: PromptAnswer) => {
    remove();
    onAnswer(choice);
  };
  const dismiss = el('button', { type: 'button', textContent: view.labels.dismiss });
  dismiss.addEventListener('click', () => answer('dismiss'));
  const turnOff = el('button', { type: 'button', textContent: view.labels.turnOff });
  turnOff.addEventListener('click', () => answer('turn-off'));
  actions.append(dismiss, turnOff);
  card.append(status, actions);
  shadow.append(el('style', { textContent: STYLE }), card);

  for (const type of KEPT_INSIDE) {
    shadow.addEventListener(type, (event) => {
      // Tab still reaches the page, whose dialog may keep focus inside itself by watching it.
      if ((event as KeyboardEvent).key !== 'Tab') event.stopPropagation();
    });
  }
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') answer('dismiss');
  });
  // Where focus came from, so closing the prompt by keyboard hands it back rather than dropping it.
  let returnTo: Element | null = null;
  shadow.addEventListener('focusin', (event) => {
    const from = (event as FocusEvent).relatedTarget;
    if (from instanceof Element && !shadow.contains(from)) returnTo = from;
  });

  if (placement === 'corner') (document.body ?? document.documentElement).append(host);
  else if ('inside' in placement) placement.inside.append(host);
  else placement.after.after(host);

  const fill = setTimeout(() => {
    status.append(
      el('p', { textContent: view.labels.source }),
      el('p', { id: 'title', textContent: view.title }),
      el('p', { textContent: view.body }),
    );
  }, ANNOUNCE_DELAY_MS);

  function remove() {
    clearTimeout(fill);
    const hadFocus = shadow.activeElement !== null;
    host.remove();
    if (hadFocus && returnTo?.isConnected) (returnTo as HTMLElement).focus?.();
  }
  return { id: view.id, host, remove };
}
