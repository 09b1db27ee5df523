import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../lib/practice/qr';
import { decodePath } from '../../practice';

describe('qrPath', () => {
  it('draws a code that decodes back to the link', () => {
    const link = 'https://survey.example.org/join/pp-2026-q4';
    const { size, path } = qrPath(link);
    expect(decodePath(size, path)).toBe(link);
  });

  it('keeps a quiet zone of four modules on every side', () => {
    const { size, path } = qrPath('http://127.0.0.1:8787/join/test-run');
    const cells = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap((m) => [Number(m[1]), Number(m[2])]);
    expect(Math.min(...cells)).toBe(4);
    expect(Math.max(...cells)).toBe(size - 5);
  });
});
