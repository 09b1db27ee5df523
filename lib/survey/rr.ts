import { cryptoRandom, type RandomSource } from './random';

/**
 * Randomized response ("k-ary randomized response"), exactly as STUDY.md defines it: with m codes and
 * privacy parameter ε, the true code is kept with p = e^ε / (e^ε + m − 1) and each other code is sent
 * with q = 1 / (e^ε + m − 1). For m = 2 that is p = e^ε / (1 + e^ε) and q = 1 − p.
 */
export interface RrMechanism {
  readonly id: string;
  /** The codes the mechanism works on, in the question's order. */
  readonly codes: readonly string[];
  readonly epsilon: number;
  /** Probability of sending the true code. */
  readonly p: number;
  /** Probability of sending any one particular other code. */
  readonly q: number;
  /** Smallest group whose worst-case 95% interval is within ±RR_MAX_HALF_WIDTH. */
  readonly minN: number;
}

/** Two-sided 95% normal quantile. */
export const Z_95 = 1.96;
/** STUDY.md: an RR value is shown only when its worst-case 95% interval is within ±20 points. */
export const RR_MAX_HALF_WIDTH = 0.2;

/**
 * Smallest n with a worst-case (λ̂ = ½) 95% half-width of at most `halfWidth`:
 * Z·√(¼ / (n (p − q)²)) ≤ h  ⇔  n ≥ (Z / (2 h (p − q)))².
 */
export function minimumN(p: number, q: number, halfWidth = RR_MAX_HALF_WIDTH): number {
  return Math.ceil((Z_95 / (2 * halfWidth * (p - q))) ** 2);
}

function defineMechanism<const Id extends string, const Codes extends readonly string[]>(
  id: Id,
  codes: Codes,
  epsilon: number,
) {
  const odds = Math.exp(epsilon);
  const p = odds / (odds + codes.length - 1);
  const q = 1 / (odds + codes.length - 1);
  return { id, codes, epsilon, p, q, minN: minimumN(p, q) } as const satisfies RrMechanism;
}

/** ε = 2 per item: each sent answer is at most e² ≈ 7.4 times likelier under one true answer than another. */
export const RR_EPSILON = 2;
export const RR2_E2 = defineMechanism('rr2-e2', ['yes', 'no'], RR_EPSILON);
export const RR3_E2 = defineMechanism('rr3-e2', ['yes', 'no', 'dont_know'], RR_EPSILON);

/**
 * What a record's `rr` field names: every randomized item of the questionnaire uses k-ary randomized
 * response with ε = 2, the mechanism chosen by its number of codes. A change of ε is a new scheme id.
 */
export const RR_SCHEME = { id: 'krr-e2', epsilon: RR_EPSILON, mechanisms: [RR2_E2, RR3_E2] } as const;
export type RrMechanismId = (typeof RR_SCHEME)['mechanisms'][number]['id'];

export function rrMechanism(id: RrMechanismId): RrMechanism {
  const found = RR_SCHEME.mechanisms.find((mechanism) => mechanism.id === id);
  if (!found) throw new RangeError(`unknown randomized-response mechanism "${id}"`);
  return found;
}

/**
 * The code to store and send in place of `trueCode`. Call it when the answer is given and keep only
 * the result: a new answer (even the same one again) must draw again, never reuse an old draw.
 */
export function randomize(
  trueCode: string,
  mechanism: RrMechanism,
  random: RandomSource = cryptoRandom,
): string {
  if (!mechanism.codes.includes(trueCode)) {
    throw new RangeError(
      `"${trueCode}" is not one of ${mechanism.id}'s codes (${mechanism.codes.join(', ')})`,
    );
  }
  const draw = random();
  if (!(draw >= 0 && draw < 1)) throw new RangeError(`random source gave ${draw}, outside [0, 1)`);
  if (draw < mechanism.p) return trueCode;
  const others = mechanism.codes.filter((code) => code !== trueCode);
  // Given draw ≥ p, (draw − p) / (1 − p) is again uniform in [0, 1): one draw picks the other code too.
  const pick = Math.min(
    others.length - 1,
    Math.floor(((draw - mechanism.p) / (1 - mechanism.p)) * others.length),
  );
  return others[pick] as string;
}

/** A de-biased share and its 95% interval, as proportions in [0, 1]. */
export interface Debiased {
  estimate: number;
  lower: number;
  upper: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * From `count` of `n` sent answers giving a code: π̂ = (λ̂ − q) / (p − q), Var = λ̂(1 − λ̂) / (n (p − q)²).
 * The interval is centred on the unclamped π̂ and then clamped, so clamping the estimate at 0 or 1 does
 * not shift the interval.
 */
export function debias(count: number, n: number, mechanism: RrMechanism): Debiased {
  if (!(Number.isInteger(n) && n > 0 && Number.isInteger(count) && count >= 0 && count <= n)) {
    throw new RangeError(`cannot de-bias ${count} of ${n}`);
  }
  const observed = count / n;
  const spread = mechanism.p - mechanism.q;
  const raw = (observed - mechanism.q) / spread;
  const halfWidth = Z_95 * Math.sqrt((observed * (1 - observed)) / (n * spread * spread));
  return { estimate: clamp01(raw), lower: clamp01(raw - halfWidth), upper: clamp01(raw + halfWidth) };
}
