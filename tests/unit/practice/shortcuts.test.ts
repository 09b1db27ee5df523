import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../../lib/practice/shortcuts';

const key = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-target]') as Element;
}

describe('presenterAction', () => {
  it('maps the clicker keys and Shift+R', () => {
    const button = element('<button data-target>Next</button>');
    expect(presenterAction(key('PageDown'), button)).toBe('next');
    expect(presenterAction(key('PageUp'), null)).toBe('back');
    expect(presenterAction(key('R', { shiftKey: true }), document.body)).toBe('reset');
    expect(presenterAction(key('r'), document.body)).toBeUndefined();
    expect(presenterAction(key('ArrowRight'), document.body)).toBeUndefined();
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser and screen readers', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(presenterAction(key('PageDown', { [modifier]: true }), document.body)).toBeUndefined();
      expect(presenterAction(key('R', { shiftKey: true, [modifier]: true }), document.body)).toBeUndefined();
    }
  });

  it.each([
    '<input data-target>',
    '<textarea data-target></textarea>',
    '<select data-target><option>a</option></select>',
    '<div contenteditable="true"><p data-target>x</p></div>',
    '<div role="radiogroup"><button role="radio" aria-checked="true" data-target>Public</button></div>',
    '<button role="switch" aria-checked="false" data-target></button>',
  ])('does nothing while focus is in a form control: %s', (html) => {
    const target = element(html);
    expect(presenterAction(key('PageDown'), target)).toBeUndefined();
    expect(presenterAction(key('R', { shiftKey: true }), target)).toBeUndefined();
  });
});
