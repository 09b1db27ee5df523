import type { RandomBytes, RandomSource } from '../../../lib/survey/random';

/** mulberry32: a small, fast, seeded generator, so statistical tests give the same draws every run. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function seededBytes(seed: number): RandomBytes {
  const random = seededRandom(seed);
  return (length) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
}
