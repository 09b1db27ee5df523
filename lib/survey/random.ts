/** Uniform numbers in [0, 1). Injectable, so tests can use a seeded source. */
export type RandomSource = () => number;

/** `length` random bytes. Injectable for the same reason. */
export type RandomBytes = (length: number) => Uint8Array;

/** From `crypto.getRandomValues`, present in browsers, extension workers and Node alike. */
export const cryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

const TWO_POW_26 = 67_108_864;
const TWO_POW_53 = 9_007_199_254_740_992;

/** 53 random bits from `crypto.getRandomValues` as a double in [0, 1): every double step is reachable. */
export const cryptoRandom: RandomSource = () => {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return ((high >>> 5) * TWO_POW_26 + (low >>> 6)) / TWO_POW_53;
};
