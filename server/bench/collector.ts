import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeRecord } from '../../lib/survey/coded';
import { type FollowupRecord, type MainRecord, randomKey } from '../../lib/survey/record';
import { Collector } from '../collector';
import { SqliteStore } from '../store/sqlite';
import type { StoredRecord } from '../store/types';
import { runLoad } from './load';
import { randomParticipant } from './records';
import { collectorCommand, startCollector } from './spawn';

/**
 * The collector's figures for `npm run bench` (issue 5 budgets: ingest ≥ 2,000 submissions/s on
 * SQLite with 2 cores; indicators over 100,000 records in < 500 ms). Bounded, loopback only, and
 * everything it makes is deleted at the end. Prints a table; `--json FILE` also writes the figures.
 *
 *   node --import tsx server/bench/collector.ts [--quick] [--json FILE]
 */
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, json: { type: 'string' } } });
const quick = values.quick === true;
const SUBMISSIONS = quick ? 5_000 : 20_000;
const CONCURRENCY = 50;
const RECORDS = 100_000;
const RUNS = quick ? 3 : 7;

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Submissions per second through HTTP, and proof that every 201 is a stored row and nothing more. */
async function ingest() {
  const dir = mkdtempSync(join(tmpdir(), 'dhc-bench-ingest-'));
  const env = { DATA_DIR: dir, COLLECTOR_RATE_LIMIT: '0' };
  try {
    if (collectorCommand(['campaign', 'create', 'bench-ingest'], env).status !== 0)
      throw new Error('campaign create failed');
    const server = await startCollector(env);
    let load: Awaited<ReturnType<typeof runLoad>>;
    try {
      load = await runLoad({
        url: server.url,
        campaign: 'bench-ingest',
        concurrency: CONCURRENCY,
        total: SUBMISSIONS,
        maxMs: 120_000,
      });
    } finally {
      await server.stop();
    }
    const token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
    const check = await startCollector(env);
    let rows = 0;
    try {
      for (const part of ['main', 'followup']) {
        const response = await fetch(`${check.url}/api/v1/campaigns/bench-ingest/export.csv?part=${part}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        rows += (await response.text()).split('\r\n').length - 2;
      }
    } finally {
      await check.stop();
    }
    const created = load.statuses[201] ?? 0;
    return {
      submissions: load.sent,
      concurrency: CONCURRENCY,
      seconds: load.elapsedMs / 1000,
      perSecond: created / (load.elapsedMs / 1000),
      statuses: load.statuses,
      failed: load.failed,
      rows,
      lost: created - rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Time to read 100,000 stored main records and compute the full indicator table, as the admin route does. */
async function indicators() {
  const dir = mkdtempSync(join(tmpdir(), 'dhc-bench-indicators-'));
  const store = SqliteStore.open(dir);
  try {
    const collector = new Collector(store);
    await collector.createCampaign({ code: 'bench-100k' });
    // 2,000 different participants, each sent 50 times under new keys: counting costs the same as
    // 100,000 different ones, and making them takes a fraction of the time.
    const participants = Array.from({ length: 2000 }, () => randomParticipant('bench-100k').main);
    const records = Array.from({ length: RECORDS }, (_, index) => ({
      ...(participants[index % participants.length] as MainRecord),
      key: randomKey(),
    }));
    await Promise.all(records.map((record) => collector.submit(toStored(record))));
    const counted = (await store.campaign('bench-100k'))?.mainCount ?? 0;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await collector.indicators('bench-100k', true);
      times.push(performance.now() - started);
    }
    return {
      records: counted,
      runs: RUNS,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
    };
  } finally {
    await store.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

function toStored(record: MainRecord | FollowupRecord): StoredRecord {
  return {
    key: record.key,
    campaign: record.campaign,
    part: record.part,
    questionnaire: record.questionnaire,
    rr: record.rr,
    data: encodeRecord(record.part, record),
  };
}

const ingested = await ingest();
const table = await indicators();
const figures = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  quick,
  ingest: ingested,
  indicators: table,
};
console.log(`
collector figure                              value        budget
ingest on SQLite (${CONCURRENCY} clients, ${ingested.submissions} sent)   ${ingested.perSecond.toFixed(0).padStart(7)} /s     ≥ 2000 /s
rows stored = 201 responses                   ${ingested.rows} = ${ingested.statuses[201] ?? 0}${ingested.lost === 0 ? ' (0 lost)' : ` (${ingested.lost} LOST)`}
indicators over ${table.records} records           ${table.medianMs.toFixed(0).padStart(7)} ms     < 500 ms  (median of ${table.runs}, ${table.minMs.toFixed(0)}–${table.maxMs.toFixed(0)} ms)
`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
if (ingested.lost !== 0) process.exitCode = 1;
