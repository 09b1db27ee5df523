import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Figure, summarised } from './figures';
import type { Plan } from './plan';

interface CollectorFigures {
  ingest: { submissions: number; perSecond: number; lost: number };
  indicators: { records: number; runs: number; medianMs: number; minMs: number; maxMs: number };
}

/** The collector's own bench (server/bench/collector.ts), run as it is and read from its JSON. */
export function collectorFigures(plan: Plan): Figure[] {
  plan.progress('collector (server/bench/collector.ts)');
  const dir = mkdtempSync(join(tmpdir(), 'dhc-bench-collector-'));
  try {
    const file = join(dir, 'collector.json');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/bench/collector.ts', ...(plan.quick ? ['--quick'] : []), '--json', file],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`the collector's bench failed:\n${run.stdout}${run.stderr}`);
    const { ingest, indicators } = JSON.parse(readFileSync(file, 'utf8')) as CollectorFigures;
    return [
      summarised(
        {
          id: 'collector-ingest',
          label: 'collector ingest on SQLite',
          unit: '/s',
          statistic: 'rate',
          value: ingest.perSecond,
          budget: { compare: '≥', value: 2000 },
          pass: ingest.perSecond >= 2000 && ingest.lost === 0,
          note: `${ingest.submissions} submissions from 50 clients; ${ingest.lost} acknowledged but not stored`,
        },
        [ingest.perSecond],
      ),
      {
        ...summarised(
          {
            id: 'collector-indicators',
            label: `collector indicators over ${indicators.records.toLocaleString('en')} rows`,
            unit: 'ms',
            statistic: 'median',
            value: indicators.medianMs,
            budget: { compare: '<', value: 500 },
          },
          [indicators.medianMs],
        ),
        min: indicators.minMs,
        max: indicators.maxMs,
        runs: indicators.runs,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
