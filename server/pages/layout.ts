import type { Lang } from '../../lib/survey/questionnaire';

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const langOf = (query: string | undefined): Lang => (query === 'en' ? 'en' : 'km');

/**
 * A complete page: no script, no remote font or style. Khmer stacks marks above and below the line,
 * so it gets a generous line height and never letter-spacing or case transforms.
 */
export function layout(input: { lang: Lang; title: string; body: string }): string {
  const { lang, title, body } = input;
  const other = lang === 'km' ? { code: 'en', name: 'English' } : { code: 'km', name: 'ខ្មែរ' };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
  @font-face { font-family: "Noto Sans Khmer"; font-weight: 400; font-display: swap; src: url("/assets/noto-sans-khmer-400.woff2") format("woff2"); unicode-range: U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC; }
  @font-face { font-family: "Noto Sans Khmer"; font-weight: 700; font-display: swap; src: url("/assets/noto-sans-khmer-700.woff2") format("woff2"); unicode-range: U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC; }
  :root { color-scheme: light dark; --ink: #1b1b1b; --paper: #fff; --muted: #555; --bar: #1f5f8b; --study: #b35c00; --line: #ccc; }
  @media (prefers-color-scheme: dark) { :root { --ink: #eee; --paper: #161616; --muted: #bbb; --bar: #7cc0f0; --study: #f0a050; --line: #444; } }
  body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 1rem/1.5 system-ui, "Noto Sans Khmer", "Khmer OS", sans-serif; color: var(--ink); background: var(--paper); }
  :lang(km) { line-height: 1.75; letter-spacing: normal; text-transform: none; }
  a { color: inherit; }
  .lang-switch { float: right; }
  .muted { color: var(--muted); }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
  th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
  td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  .bar { display: block; height: 0.8rem; background: var(--bar); min-width: 1px; forced-color-adjust: none; }
  .bar.study { background: var(--study); }
  .hidden-cell { font-style: italic; }
  :focus-visible { outline: 3px solid var(--bar); outline-offset: 2px; }
  @media print { .lang-switch { display: none; } body { max-width: none; } .scroll { overflow: visible; } section { break-inside: avoid; } .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
</style>
</head>
<body>
<nav class="lang-switch" aria-label="${lang === 'km' ? 'ភាសា' : 'Language'}"><a href="?lang=${other.code}" lang="${other.code}" hreflang="${other.code}">${other.name}</a></nav>
${body}
</body>
</html>
`;
}

/** Fills `{name}` placeholders with escaped values. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? escapeHtml(String(values[name])) : whole,
  );
}
