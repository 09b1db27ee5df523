import { describe, expect, it } from 'vitest';
import { cryptoBytes, cryptoRandom } from '../../../lib/survey/random';
import {
  debias,
  minimumN,
  RR_MAX_HALF_WIDTH,
  RR_SCHEME,
  RR2_E2,
  RR3_E2,
  type RrMechanism,
  randomize,
  rrMechanism,
  Z_95,
} from '../../../lib/survey/rr';
import { seededRandom } from './seeded';

/** Worst-case (λ̂ = ½) 95% half-width of a de-biased share from n answers. */
const worstHalfWidth = (m: RrMechanism, n: number) => Z_95 * Math.sqrt(0.25 / (n * (m.p - m.q) ** 2));

describe('randomized-response mechanisms', () => {
  it('take p and q from ε = 2 as STUDY.md states', () => {
    expect(RR2_E2.epsilon).toBe(2);
    expect(RR2_E2.p).toBeCloseTo(Math.exp(2) / (1 + Math.exp(2)), 12);
    expect(RR2_E2.p).toBeCloseTo(0.881, 3);
    expect(RR2_E2.q).toBeCloseTo(1 - RR2_E2.p, 12);
    expect(RR3_E2.p).toBeCloseTo(0.787, 3);
    expect(RR3_E2.q).toBeCloseTo(0.106, 2);
    expect(RR3_E2.p + 2 * RR3_E2.q).toBeCloseTo(1, 12);
  });

  it('bound the likelihood ratio of any sent answer by e^ε', () => {
    for (const mechanism of RR_SCHEME.mechanisms) {
      expect(mechanism.p / mechanism.q).toBeCloseTo(Math.exp(mechanism.epsilon), 9);
    }
  });

  it('need n ≥ 42 (yes/no) and n ≥ 52 (three codes), the smallest n within ±20 points', () => {
    expect(RR2_E2.minN).toBe(42);
    expect(RR3_E2.minN).toBe(52);
    for (const mechanism of [RR2_E2, RR3_E2]) {
      expect(worstHalfWidth(mechanism, mechanism.minN)).toBeLessThanOrEqual(RR_MAX_HALF_WIDTH);
      expect(worstHalfWidth(mechanism, mechanism.minN - 1)).toBeGreaterThan(RR_MAX_HALF_WIDTH);
    }
    expect(minimumN(RR2_E2.p, RR2_E2.q, 0.1)).toBeGreaterThan(4 * 41);
  });

  it('are found by id, and an unknown id is refused', () => {
    expect(rrMechanism('rr3-e2')).toBe(RR3_E2);
    expect(() => rrMechanism('rr9-e9' as 'rr2-e2')).toThrow(/unknown/);
  });
});

describe('randomize', () => {
  const DRAWS = 200_000;

  // Tolerance: 5 standard errors of a share over DRAWS draws, so a correct mechanism fails
  // about once in 3 million runs, and a wrong p or q (off by a point or more) fails every time.
  const tolerance = (share: number) => 5 * Math.sqrt((share * (1 - share)) / DRAWS);

  it.each([
    [RR2_E2, 'yes'],
    [RR2_E2, 'no'],
    [RR3_E2, 'yes'],
    [RR3_E2, 'no'],
    [RR3_E2, 'dont_know'],
  ] as [RrMechanism, string][])(
    '%# keeps the true code with p and sends each other one with q',
    (mechanism, truth) => {
      const random = seededRandom(0x5eed + mechanism.codes.length * 10 + mechanism.codes.indexOf(truth));
      const sent = new Map<string, number>();
      for (let i = 0; i < DRAWS; i++) {
        const code = randomize(truth, mechanism, random);
        sent.set(code, (sent.get(code) ?? 0) + 1);
      }
      for (const code of mechanism.codes) {
        const expected = code === truth ? mechanism.p : mechanism.q;
        expect(Math.abs((sent.get(code) ?? 0) / DRAWS - expected)).toBeLessThan(tolerance(expected));
      }
      expect([...sent.keys()].every((code) => mechanism.codes.includes(code))).toBe(true);
    },
  );

  it('uses the draw it is given: below p keeps, the rest of [0, 1) splits among the others', () => {
    expect(randomize('yes', RR2_E2, () => 0)).toBe('yes');
    expect(randomize('yes', RR2_E2, () => RR2_E2.p - 1e-9)).toBe('yes');
    expect(randomize('yes', RR2_E2, () => RR2_E2.p)).toBe('no');
    expect(randomize('no', RR3_E2, () => RR3_E2.p + 0.01)).toBe('yes');
    expect(randomize('no', RR3_E2, () => 1 - 1e-12)).toBe('dont_know');
  });

  it('refuses a code outside the mechanism and a draw outside [0, 1)', () => {
    expect(() => randomize('maybe', RR2_E2, () => 0.5)).toThrow(/not one of rr2-e2's codes/);
    expect(() => randomize('yes', RR2_E2, () => 1)).toThrow(/outside/);
    expect(() => randomize('yes', RR2_E2, () => Number.NaN)).toThrow(/outside/);
  });

  it('draws from crypto.getRandomValues by default', () => {
    const draws = Array.from({ length: 1000 }, () => cryptoRandom());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
    expect(cryptoBytes(16)).toHaveLength(16);
    const sent = Array.from({ length: 200 }, () => randomize('yes', RR2_E2));
    expect(sent).toContain('yes');
  });
});

describe('debias', () => {
  /**
   * How many of n respondents send `code`, each truly answering it with probability `truthShare`
   * (otherwise one of the other codes): respondents are a sample, as the interval assumes.
   */
  function survey(mechanism: RrMechanism, code: string, truthShare: number, n: number, seed: number) {
    const random = seededRandom(seed);
    const others = mechanism.codes.filter((c) => c !== code);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const truth = random() < truthShare ? code : (others[Math.floor(random() * others.length)] as string);
      if (randomize(truth, mechanism, random) === code) count++;
    }
    return count;
  }

  it.each([
    [RR2_E2, 'yes', 0.3, 2000],
    [RR2_E2, 'no', 0.85, 500],
    [RR3_E2, 'yes', 0.25, 2000],
    [RR3_E2, 'dont_know', 0.5, 800],
  ] as const)('%# recovers a known true share within its 95%% interval', (mechanism, code, share, n) => {
    const result = debias(survey(mechanism, code, share, n, 42), n, mechanism);
    expect(result.lower).toBeLessThanOrEqual(share);
    expect(result.upper).toBeGreaterThanOrEqual(share);
    expect(Math.abs(result.estimate - share)).toBeLessThan(0.1);
  });

  it('covers the true share in about 95% of repeated surveys', () => {
    const runs = 400;
    let covered = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const result = debias(survey(RR3_E2, 'yes', 0.4, 300, seed), 300, RR3_E2);
      if (result.lower <= 0.4 && 0.4 <= result.upper) covered++;
    }
    // 95% of 400 is 380, with a standard deviation of about 4.4: ±15 allows 3.4 of them.
    expect(covered).toBeGreaterThanOrEqual(365);
    expect(covered).toBeLessThanOrEqual(395);
  });

  it('follows the formula and clamps the estimate and interval to [0, 1]', () => {
    const spread = RR2_E2.p - RR2_E2.q;
    const result = debias(30, 50, RR2_E2);
    expect(result.estimate).toBeCloseTo((0.6 - RR2_E2.q) / spread, 12);
    expect(result.upper - result.estimate).toBeCloseTo(
      Z_95 * Math.sqrt((0.6 * 0.4) / (50 * spread ** 2)),
      12,
    );
    expect(debias(0, 50, RR2_E2)).toEqual({ estimate: 0, lower: 0, upper: 0 });
    expect(debias(50, 50, RR2_E2)).toEqual({ estimate: 1, lower: 1, upper: 1 });
    const low = debias(3, 50, RR2_E2);
    expect(low.estimate).toBe(0);
    expect(low.upper).toBeGreaterThan(0);
  });

  it('refuses counts that cannot be', () => {
    expect(() => debias(1, 0, RR2_E2)).toThrow(RangeError);
    expect(() => debias(6, 5, RR2_E2)).toThrow(RangeError);
  });
});
