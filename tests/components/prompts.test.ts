import { afterEach, describe, expect, it, vi } from 'vitest';
import { showPrompt } from '../../lib/prompts/render';
import type { PromptView } from '../../lib/prompts/schema';

const view: PromptView = {
  id: 'facebook.two-factor',
  language: 'en',
  title: 'Turn on two-factor login',
  body: 'A stolen password alone cannot open your account.',
  link: 'https://accountscenter.facebook.com/password_and_security/two_factor',
  labels: {
    source: 'Digital Hygiene Check',
    dismiss: 'Not now',
    turnOff: "Don't show this again",
    open: 'Open',
  },
};

function page() {
  document.body.innerHTML =
    '<div role="main"><input aria-label="Search Facebook"><div role="dialog"><div role="textbox" tabindex="0"></div></div><div id="row">Who can see your future posts? Public</div><div id="next"></div></div>';
  const search = document.querySelector('input') as HTMLInputElement;
  search.focus();
  return {
    search,
    dialog: document.querySelector('[role=dialog]') as Element,
    row: document.getElementById('row') as Element,
  };
}

const shadowOf = (host: Element) => host.shadowRoot as ShadowRoot;
const filled = (host: Element) =>
  vi.waitFor(() => {
    const status = shadowOf(host).querySelector('[role=status]');
    if (!status?.textContent) throw new Error('not announced yet');
    return status;
  });
const buttons = (host: Element) =>
  [...shadowOf(host).querySelectorAll('button, a')].map((el) => el.textContent);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('showPrompt', () => {
  it('draws inside a shadow root whose host names the prompt', () => {
    page();
    const { host } = showPrompt(document, view, 'corner', () => {});
    expect(document.querySelectorAll('[data-hygiene-prompt]')).toHaveLength(1);
    expect(host.getAttribute('data-hygiene-prompt')).toBe('facebook.two-factor');
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot?.mode).toBe('open');
    // Nothing of it is in the page's own DOM, where the page's styles and scripts would reach it.
    expect(host.children).toHaveLength(0);
  });

  it('fills a polite live region after it is in the page, so screen readers announce it', async () => {
    page();
    const { host } = showPrompt(document, view, 'corner', () => {});
    const status = shadowOf(host).querySelector('[role=status]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('');
    await filled(host);
    expect([...(status?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual([
      'Digital Hygiene Check',
      'Turn on two-factor login',
      'A stolen password alone cannot open your account.',
    ]);
    const card = shadowOf(host).querySelector('[role=group]');
    expect(card?.getAttribute('lang')).toBe('en');
    expect(shadowOf(host).getElementById(card?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      view.title,
    );
  });

  it('never takes focus', async () => {
    const { search } = page();
    const { host } = showPrompt(document, view, 'corner', () => {});
    await filled(host);
    expect(document.activeElement).toBe(search);
  });

  it('offers the setting, "not now" and "don\'t show again" as real buttons and a link', () => {
    page();
    const { host } = showPrompt(document, view, 'corner', () => {});
    expect(buttons(host)).toEqual(['Open', 'Not now', "Don't show this again"]);
    expect(shadowOf(host).querySelector('a')?.getAttribute('href')).toBe(view.link);
    for (const button of shadowOf(host).querySelectorAll('button')) expect(button.type).toBe('button');
    const { link: _, ...noLink } = view;
    const second = showPrompt(document, noLink, 'corner', () => {}).host;
    expect(buttons(second)).toEqual(['Not now', "Don't show this again"]);
  });

  it.each([
    ['Not now', 'dismiss'],
    ["Don't show this again", 'turn-off'],
  ])('"%s" removes it and answers %s', (label, answer) => {
    page();
    const onAnswer = vi.fn();
    const { host } = showPrompt(document, view, 'corner', onAnswer);
    const button = [...shadowOf(host).querySelectorAll('button')].find((el) => el.textContent === label);
    button?.click();
    expect(onAnswer).toHaveBeenCalledWith(answer);
    expect(host.isConnected).toBe(false);
  });

  it('works by keyboard: Escape inside dismisses it and focus goes back where it came from', () => {
    const { search } = page();
    const onAnswer = vi.fn();
    const { host } = showPrompt(document, view, 'corner', onAnswer);
    const dismiss = shadowOf(host).querySelector('button') as HTMLButtonElement;
    dismiss.dispatchEvent(
      new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: search }),
    );
    dismiss.focus();
    dismiss.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onAnswer).toHaveBeenCalledWith('dismiss');
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(search);
  });

  it('keeps its clicks and keys from the page, except Tab', () => {
    page();
    const { host } = showPrompt(document, view, 'corner', () => {});
    const heard: string[] = [];
    for (const type of ['click', 'keydown']) {
      document.addEventListener(type, (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? ''}`));
    }
    const link = shadowOf(host).querySelector('a') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    expect(heard).toEqual(['keydown:Tab']);
  });

  it('sits inside a dialog, or right after a setting’s row', () => {
    const { dialog, row } = page();
    const inDialog = showPrompt(document, view, { inside: dialog }, () => {}).host;
    expect(dialog.lastElementChild).toBe(inDialog);
    const afterRow = showPrompt(document, view, { after: row }, () => {}).host;
    expect(row.nextElementSibling).toBe(afterRow);
    expect(afterRow.getAttribute('data-placement')).toBe('inline');
  });

  it('shows words as text, never as markup', async () => {
    page();
    const hostile = { ...view, title: '<img src=x onerror="alert(1)">' };
    const { host } = showPrompt(document, hostile, 'corner', () => {});
    await filled(host);
    expect(shadowOf(host).querySelector('img')).toBeNull();
    expect(shadowOf(host).textContent).toContain('<img src=x');
  });

  it('styles itself with system fonts only, in light and dark, with room for Khmer', () => {
    page();
    const { host } = showPrompt(document, { ...view, language: 'km' }, 'corner', () => {});
    const css = shadowOf(host).querySelector('style')?.textContent ?? '';
    expect(css).not.toMatch(/@font-face|@import|url\(/);
    expect(css).toContain('system-ui');
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)/);
    expect(css).toMatch(/:lang\(km\)\{line-height:1\.7\}/);
    expect(css).not.toMatch(/letter-spacing|text-transform/);
    expect(shadowOf(host).querySelector('[role=group]')?.getAttribute('lang')).toBe('km');
    expect(document.head.querySelector('style, link')).toBeNull();
  });
});
