import { runChecks } from '../lib/checks/engine';
import { CHECKS } from '../lib/checks/registry';

/**
 * Bundled for the page by bench/scan.ts: every registered detector over the whole document, timed
 * `runs` times, then each detector on its own, to name the costly ones.
 */
(globalThis as unknown as { benchScan: unknown }).benchScan = (runs: number) => {
  const time = (scan: () => unknown) => {
    const started = performance.now();
    scan();
    return performance.now() - started;
  };
  const scans: number[] = [];
  for (let run = 0; run < runs; run++) {
    scans.push(time(() => runChecks(CHECKS, document, 0)));
  }
  const checks = CHECKS.map((check) => ({
    id: check.id,
    ms: Array.from({ length: runs }, () => time(() => runChecks([check], document, 0))),
  }));
  return { scans, checks };
};
