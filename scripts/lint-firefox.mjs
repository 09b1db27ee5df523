// Lints the Firefox build like AMO does and fails on any error or warning, except the one warning that
// Preact's renderer always draws: its support for `dangerouslySetInnerHTML` assigns `innerHTML`, which
// addons-linter cannot prove safe. web-ext has no switch to silence a single finding (mozilla/web-ext#2800).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';

const sourceDir = `${process.env.DHC_OUT_DIR ?? '.output'}/firefox-mv2`;
const PREACT_INNER_HTML = /innerHTML=\w+\.__html/;

const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', warningsAsErrors: false, boring: true },
  { shouldExitProgram: false },
);

const fromPreact = (m) => {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.line) return false;
  const line = readFileSync(join(sourceDir, m.file), 'utf8').split('\n')[m.line - 1];
  return PREACT_INNER_HTML.test(line.slice(Math.max(0, m.column - 40), m.column + 40));
};

const findings = [...result.errors, ...result.warnings, ...result.notices];
const problems = findings.filter((m) => !fromPreact(m));
for (const m of problems) {
  console.error(`${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
}
console.error(
  `web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices; ` +
    `${findings.length - problems.length} allowed (Preact innerHTML), ${problems.length} not allowed`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
