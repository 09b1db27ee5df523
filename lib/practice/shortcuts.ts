export type PresenterAction = 'next' | 'back' | 'reset';

/** The keys presenters' clickers send (Page Down / Page Up), and Shift+R to reset. */
const PRESENTER_KEYS: Readonly<Record<PresenterAction, string>> = {
  next: 'PageDown',
  back: 'PageUp',
  reset: 'R',
};

// Where keys belong to the control: typing, choosing, and widgets that take arrows or letters.
const TAKES_KEYS =
  'input,textarea,select,[contenteditable=""],[contenteditable=true],[role=radio],[role=radiogroup],[role=switch],[role=listbox],[role=menu],[role=textbox]';

/**
 * The presenter's action a key press asks for, if any. Nothing while focus is in a form control,
 * and nothing with Ctrl, Alt or Meta held, so browser and screen-reader commands keep their keys.
 */
export function presenterAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  target: Element | null,
): PresenterAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return;
  if (target?.closest(TAKES_KEYS)) return;
  if (event.key === PRESENTER_KEYS.next && !event.shiftKey) return 'next';
  if (event.key === PRESENTER_KEYS.back && !event.shiftKey) return 'back';
  if (event.key === PRESENTER_KEYS.reset && event.shiftKey) return 'reset';
}
