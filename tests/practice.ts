import { Bitmap } from '@paulmillr/qr';
import decodeQR from '@paulmillr/qr/decode.js';
import { fireEvent, within } from '@testing-library/preact';
import type { Language } from '../lib/i18n/language';
import { firstWord, type PracticeScreen } from '../lib/practice/screens';

/** What a trainee does on a practice screen to set it the safe way, by its visible words. */
export function setSafely(practice: PracticeScreen, language: Language) {
  const { control, words } = practice;
  const slot = document.querySelector(`[data-practice-screen="${practice.checkId}"]`);
  if (!(slot instanceof HTMLElement)) throw new Error(`${practice.checkId} is not on screen`);
  const screen = within(slot);
  const value = firstWord(words, language, 'values', control.safe);
  if (control.kind === 'switch') {
    fireEvent.click(screen.getByRole('switch'));
    return;
  }
  if (control.kind === 'statement') {
    fireEvent.click(screen.getByRole('button'));
    return;
  }
  if (control.kind === 'choice') {
    fireEvent.click(screen.getByRole('radio', { name: value }));
    return;
  }
  for (const button of screen.getAllByRole('button', { expanded: false })) {
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('radio', { name: value }));
  }
}

/** Reads an SVG path of unit squares back into a bitmap, scaled up as a camera would see it. */
export function decodePath(size: number, path: string, scale = 4): string {
  const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  const data = Array.from({ length: size * scale }, (_, y) =>
    Array.from({ length: size * scale }, (_, x) =>
      dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`),
    ),
  );
  const bitmap = new Bitmap({ width: size * scale, height: size * scale });
  bitmap.data = data;
  return decodeQR(bitmap.toImage());
}
