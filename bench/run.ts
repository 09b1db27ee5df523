import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { PLATFORMS } from '../lib/platforms';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/support/paths';
import { collectorFigures } from './collector';
import { feedMemory, feedPairs, feedTraceRuns } from './feed';
import { type Figure, summarised } from './figures';
import { routePages } from './pages';
import { plan as makePlan } from './plan';
import { popupAndWorker } from './popup';
import { feedFullScan } from './scan';
import { settingsScan } from './settings';
import { contentScriptSizes, popupSize, SIZE_BUDGETS } from './sizes';

/*
 * `npm run bench [-- --quick] [-- --json FILE] [-- --only GROUP[,GROUP…]]`: what the extension costs
 * (issue 8), measured in Debian's Chromium with the production build, each figure beside its budget.
 * Loopback only; every loop is bounded; browsers and temporary profiles are removed as it goes.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    json: { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});
const quick = values.quick === true;

/** Groups of figures measured together, in the order they run; `--only` picks some to re-measure one change. */
const GROUPS = ['sizes', 'settings', 'popup', 'feed-scan', 'feed-trace', 'feed-pairs', 'memory', 'collector'];
const only = (values.only ?? []).flatMap((list) => list.split(',')).filter(Boolean);
const unknownGroups = only.filter((group) => !GROUPS.includes(group));
if (unknownGroups.length > 0) {
  process.stderr.write(`unknown --only group ${unknownGroups.join(', ')}; groups: ${GROUPS.join(', ')}\n`);
  process.exit(1);
}
const wanted = (group: string) => only.length === 0 || only.includes(group);
const started = performance.now();
const progress = (message: string) => {
  const seconds = Math.round((performance.now() - started) / 1000);
  process.stderr.write(`[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${message}\n`);
};

try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  process.stderr.write(`npm run bench needs Chromium at ${CHROMIUM}: sudo apt-get install -y chromium\n`);
  process.exit(1);
}

progress('building the Chrome extension (wxt build)');
const built = spawnSync('node_modules/.bin/wxt', ['build'], { encoding: 'utf8' });
if (built.status !== 0) {
  process.stderr.write(`${built.stdout}${built.stderr}`);
  process.exit(1);
}

function sizeFigures(): Figure[] {
  const bytes = (id: string, label: string, gzip: number, budget: number, files: { file: string }[]) =>
    summarised(
      {
        id,
        label,
        unit: 'B',
        statistic: 'gzip',
        value: gzip,
        budget: { compare: '≤', value: budget },
        note: files.map(({ file }) => file).join(', '),
      },
      [gzip],
    );
  const injected = contentScriptSizes(CHROME_BUILD);
  const popup = popupSize(CHROME_BUILD);
  return [
    ...PLATFORMS.map((platform) =>
      bytes(
        `bytes-injected-${platform}`,
        `bytes injected on a ${platform} page`,
        injected[platform].gzip,
        SIZE_BUDGETS.contentScript,
        injected[platform].files,
      ),
    ),
    bytes('popup-bytes', 'popup JS+CSS, fonts excluded', popup.gzip, SIZE_BUDGETS.popup, popup.files),
  ];
}

const server = await startFixtureServer();
routePages(server);
const plan = makePlan(quick, server.port, progress);
const figures: Figure[] = [];
try {
  if (wanted('sizes')) figures.push(...sizeFigures());
  if (wanted('settings')) figures.push(...(await settingsScan(plan)));
  if (wanted('popup')) figures.push(...(await popupAndWorker(plan)));
  if (wanted('feed-scan')) figures.push(await feedFullScan(plan));
  if (wanted('feed-trace')) figures.push(...(await feedTraceRuns(plan)));
  if (wanted('feed-pairs')) figures.push(await feedPairs(plan));
  if (wanted('memory')) figures.push(...(await feedMemory(plan)));
  if (wanted('collector')) figures.push(...collectorFigures(plan));
} finally {
  await server.close();
}

const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
const report = {
  date: new Date().toISOString(),
  quick,
  ...(only.length > 0 ? { only } : {}),
  minutes: (performance.now() - started) / 60_000,
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    chromium,
  },
  workload: { feedBatches: plan.batches, postsPerBatch: 10, memoryMinutes: plan.memoryMinutes },
  figures,
};
const file =
  values.json ??
  `bench/results/bench-${report.date.replaceAll(':', '-').slice(0, 19)}${quick ? '-quick' : ''}${only.length > 0 ? `-${only.join('-')}` : ''}.json`;
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(table(figures, report.machine, quick, only, file));

function format(value: number, unit: string): string {
  if (unit === 'B' || unit === '/s') return `${Math.round(value).toLocaleString('en')} ${unit}`;
  if (unit === '×') return `${value.toFixed(3)}×`;
  if (unit === 'kB') return `${value.toFixed(0)} kB`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}

function table(
  all: readonly Figure[],
  machine: typeof report.machine,
  quick: boolean,
  only: readonly string[],
  file: string,
): string {
  const rows = all.map((f) => [
    f.label,
    `${format(f.value, f.unit)} ${f.statistic}`,
    f.runs > 1 ? `${format(f.min, f.unit)} – ${format(f.max, f.unit)}` : '',
    String(f.runs),
    f.budget
      ? `${f.budget.compare} ${format(f.budget.value, f.unit)}`
      : f.pass === undefined
        ? '—'
        : 'no growth',
    f.pass === undefined ? '' : f.pass ? 'ok' : f.budget ? 'OVER' : 'GROWS',
  ]);
  const header = ['figure', 'value', 'min – max', 'n', 'budget', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const over = all.filter((f) => f.pass === false);
  return [
    '',
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; ${machine.chromium}${quick ? '; QUICK sanity run' : ''}${only.length > 0 ? `; only ${only.join(', ')}` : ''}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    ...all.filter((f) => f.note).map((f) => `  ${f.id}: ${f.note}`),
    '',
    over.length === 0
      ? 'Every figure is within its budget.'
      : `Over budget: ${over.map((f) => f.id).join(', ')}.`,
    `Figures written to ${file}`,
    '',
  ].join('\n');
}
