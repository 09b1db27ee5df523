// `npm test`: every check the project has, in order, then a count per suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { INSTALL_HINT, missingPrerequisites } from './prerequisites.mjs';

const RESULTS = '.test-results';
const missing = missingPrerequisites();
if (missing.length > 0) {
  console.error(`npm test needs:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
  console.error(`On Debian/Ubuntu: ${INSTALL_HINT}`);
  process.exit(1);
}
rmSync(RESULTS, { recursive: true, force: true });

const steps = [
  { name: 'type-check', command: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: ['biome', 'check', '.'] },
  {
    name: 'unit and component tests',
    counted: true,
    command: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/unit.json`],
  },
  {
    name: 'collector tests (SQLite, PostgreSQL)',
    counted: true,
    command: [
      'vitest',
      'run',
      '-c',
      'vitest.server.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/server.json`,
    ],
  },
  {
    name: 'build (Chrome, Firefox and the web survey)',
    command: ['npm', 'run', '--silent', 'build'],
    gate: true,
  },
  { name: 'Firefox add-on lint', command: ['npm', 'run', '--silent', 'lint:firefox'] },
  {
    name: 'end-to-end tests (Chromium, Firefox ESR)',
    counted: true,
    command: [
      'vitest',
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/e2e.json`,
    ],
  },
];

const failedSteps = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const [bin, ...args] = step.command;
  const run = spawnSync(bin === 'npm' ? 'npm' : `node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    failedSteps.push(step);
    if (step.gate) break;
  }
}

/** Suites by folder: what the README and CI report. */
const SUITES = [
  ['unit', 'tests/unit/'],
  ['component', 'tests/components/'],
  ['server', 'tests/server/'],
  ['e2e Firefox', 'tests/e2e/firefox'],
  // Every other end-to-end file drives Chromium.
  ['e2e Chromium', 'tests/e2e/'],
];
const counts = new Map(SUITES.map(([name]) => [name, { passed: 0, failed: 0 }]));
// Named again at the end, because CI may show only the tail of the output.
const failures = [];
for (const file of ['unit.json', 'server.json', 'e2e.json']) {
  const path = `${RESULTS}/${file}`;
  if (!existsSync(path)) continue;
  for (const result of JSON.parse(readFileSync(path, 'utf8')).testResults) {
    const suite = SUITES.find(([, folder]) => result.name.includes(folder));
    if (!suite) continue;
    const count = counts.get(suite[0]);
    for (const assertion of result.assertionResults) {
      if (assertion.status === 'passed') count.passed++;
      else {
        count.failed++;
        failures.push(
          `${relative(result.name)} › ${assertion.fullName}\n    ${firstLine(assertion.failureMessages)}`,
        );
      }
    }
    // A file that failed before any test ran (e.g. a hook) still counts as a failure.
    if (result.status === 'failed' && result.assertionResults.every((a) => a.status === 'passed')) {
      count.failed++;
      failures.push(`${relative(result.name)}\n    ${firstLine([result.message])}`);
    }
  }
}

console.log('\nSuite            passed  failed');
let passed = 0;
let failed = 0;
for (const [name, count] of counts) {
  console.log(`${name.padEnd(16)} ${String(count.passed).padStart(6)}  ${String(count.failed).padStart(6)}`);
  passed += count.passed;
  failed += count.failed;
}
// A failed step that is not a test suite (type-check, lint, build) counts as one failure.
const failedChecks = failedSteps.filter((step) => !step.counted);
for (const step of failedChecks) console.log(`${step.name.padEnd(16)} failed`);
failed += failedChecks.length;
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failedSteps.length > 0 || failed > 0 ? 1 : 0;

function relative(file) {
  return file.slice(file.lastIndexOf('tests/'));
}

function firstLine(messages) {
  return (messages?.find(Boolean) ?? '').split('\n')[0].slice(0, 300);
}
