import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Detection, EVIDENCE_MAX } from '../../../lib/checks/definition';
import { comparable, LABELS, TOGGLE } from '../../../lib/checks/dom';
import { FACEBOOK_CHECKS as CHECKS } from '../../../lib/checks/facebook/checks';
import { FACEBOOK_WORDS } from '../../../lib/checks/facebook/words';
import { clip } from '../../../lib/text/normalise';

/*
 * Garbled, partial or unexpected pages give unknown and never throw. Every Facebook check reads
 * every Facebook fixture page after deterministic damage: the HTML cut short, a subtree removed,
 * aria-labels stripped, the language removed or changed, and, for each setting a page shows,
 * its label or value removed, its value turned to nonsense, or its label repeated with another
 * value. Damage never turns a reading into its opposite; damage to the setting itself, or to the
 * language, leaves nothing to read but unknown.
 */
const ROOT = join(process.cwd(), 'tests/fixtures/facebook');
const NONSENSE = 'Zqv blorth';
const LARGE = 200_000;

// Pages shared by several checks' folders are read once.
const seen = new Set<string>();
const PAGES = readdirSync(ROOT)
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({ name: `${dir}/${name}`, html: readFileSync(join(ROOT, dir, name), 'utf8') })),
  )
  // Long pages (the feeds) repeat their markup; their start, as a browser has it while loading,
  // takes every kind of damage without a few pages using the whole time budget.
  .map((page) => (page.html.length > LARGE ? { ...page, html: page.html.slice(0, LARGE / 2) } : page))
  .filter(({ html }) => {
    const hash = createHash('sha1').update(html).digest('hex');
    return !seen.has(hash) && seen.add(hash);
  });

/** mulberry32: the same damage on every run, different damage for each page. */
function prng(seed: string) {
  let a = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const textOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent ?? '';
// As the detector compares values: normalised, and "Friends except..." is "Friends except".
const key = (text: string) => comparable(text).replace(/[\s.…:]+$/, '');

function readAll(page: Document) {
  return CHECKS.map((check) => {
    try {
      return check.detect(page);
    } catch (error) {
      throw new Error(`${check.id} threw: ${error}`);
    }
  });
}

/** A damaged page may lose a reading, never swap it for another. */
function expectNoFlip(before: readonly Detection[], after: readonly Detection[], what: string) {
  CHECKS.forEach((check, i) => {
    const was = before[i]?.state;
    if (was === 'unknown') return;
    expect(['unknown', was], `${check.id} after ${what}`).toContain(after[i]?.state);
  });
}

type Undo = () => void;

/** Damages the page, reads it, and repairs it so the next damage starts from the fixture. */
function withDamage<T>(damage: () => Undo, read: () => T): T {
  const undo = damage();
  try {
    return read();
  } finally {
    undo();
  }
}

const all =
  (...undos: Undo[]): Undo =>
  () => {
    for (const undo of undos.reverse()) undo();
  };

function removeAll(elements: readonly Element[]): Undo {
  const places = elements.map((el) => [el, el.parentNode, el.nextSibling] as const);
  for (const el of elements) el.remove();
  return () => {
    for (const [el, parent, next] of places.reverse()) parent?.insertBefore(el, next);
  };
}

function setAttributes(elements: readonly Element[], name: string, value: string | null): Undo {
  const old = elements.map((el) => [el, el.getAttribute(name)] as const);
  for (const el of elements) value === null ? el.removeAttribute(name) : el.setAttribute(name, value);
  return () => {
    for (const [el, was] of old) was === null ? el.removeAttribute(name) : el.setAttribute(name, was);
  };
}

function setTexts(elements: readonly Element[], text: string): Undo {
  const nodes = elements.flatMap((el) => {
    const walker = el.ownerDocument.createTreeWalker(el, 4);
    const found: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
    return found;
  });
  const old = nodes.map((node) => [node, node.data] as const);
  for (const node of nodes) node.data = text;
  return () => {
    for (const [node, was] of old) node.data = was;
  };
}

/** A second row with the same label, as a page mid-update can show, beside another value. */
function repeatLabel(scope: Element, label: string, value: string): Undo {
  const row = scope.ownerDocument.createElement('div');
  row.innerHTML =
    '<div class="x1n2onr6"><span dir="auto"></span></div><div class="x78zum5"><span dir="auto"></span></div>';
  const [labelText, valueText] = row.querySelectorAll('span');
  if (labelText) labelText.textContent = label;
  if (valueText) valueText.textContent = value;
  scope.append(row);
  return () => row.remove();
}

/** The elements that show a setting: its label, and what shows its value in the same row. */
function siteOf(page: Document, evidence: { label: string; value: string }) {
  const matches = [...page.querySelectorAll(LABELS)].filter(
    (el) => clip(textOf(el), EVIDENCE_MAX) === evidence.label,
  );
  const labels = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
  const value = key(evidence.value);
  const texts: Element[] = [];
  const arias: Element[] = [];
  const toggles: Element[] = [];
  for (const label of labels) {
    for (let row: Element | null = label; row; row = row.parentElement) {
      const inside = [row, ...row.querySelectorAll('*')];
      const shown = inside.filter(
        (el) => !el.contains(label) && !labels.includes(el) && key(el.textContent ?? '') === value,
      );
      texts.push(...shown.filter((el) => !shown.includes(el.parentElement as Element)));
      arias.push(
        ...inside.filter(
          (el) => !labels.includes(el) && key(el.getAttribute('aria-label') ?? '').includes(value),
        ),
      );
      toggles.push(...inside.filter((el) => el.matches(TOGGLE)));
      if (texts.length + arias.length + toggles.length) break;
    }
  }
  return { labels, texts, arias, toggles };
}

/** Another value the same page language knows, so the repeated label disagrees with the first. */
function otherValue(lang: string, shown: string) {
  const values = FACEBOOK_WORDS[lang]?.values;
  return [values?.public?.[0], values?.onlyMe?.[0]].find((word) => word && key(word) !== key(shown)) ?? '';
}

const counts = { truncated: 0, removed: 0, labelCut: 0 };
const targeted: Record<string, number> = {};

describe.each(PAGES)('$name, damaged', ({ name, html }) => {
  it('never throws, never swaps a reading, and says unknown once the setting or language is gone', () => {
    const random = prng(name);
    const page = parse(html);
    const before = readAll(page);
    const lang = page.documentElement.lang.split('-')[0]?.toLowerCase() ?? '';

    const cut = Math.floor(random() * html.length);
    expectNoFlip(before, readAll(parse(html.slice(0, cut))), `cutting the HTML at ${cut}`);
    counts.truncated++;

    const elements = [...page.body.querySelectorAll('*')];
    for (let i = 0; i < 2 && elements.length; i++) {
      const gone = elements[Math.floor(random() * elements.length)] as Element;
      const after = withDamage(
        () => removeAll([gone]),
        () => readAll(page),
      );
      expectNoFlip(before, after, `removing <${gone.tagName.toLowerCase()} class="${gone.className}">`);
      counts.removed++;
    }

    const named = [...page.querySelectorAll('[aria-label]')];
    expectNoFlip(
      before,
      withDamage(
        () => setAttributes(named, 'aria-label', null),
        () => readAll(page),
      ),
      'no aria-labels',
    );

    for (const other of ['', 'fr', lang === 'en' ? 'km' : 'en']) {
      const after = withDamage(
        () => setAttributes([page.documentElement], 'lang', other || null),
        () => readAll(page),
      );
      expect(
        after.map((detection) => detection.state),
        `lang="${other}"`,
      ).toEqual(CHECKS.map(() => 'unknown'));
    }

    const known = CHECKS.flatMap((check, i) => {
      const evidence = before[i]?.evidence;
      return before[i]?.state !== 'unknown' && evidence ? [{ check, evidence }] : [];
    });
    // Two settings a page, those damaged least so far, keep every check covered and the run short.
    const targets = [...known]
      .sort((a, b) => (targeted[a.check.id] ?? 0) - (targeted[b.check.id] ?? 0))
      .slice(0, 2);
    for (const { check, evidence } of targets) {
      const read = () => check.detect(page).state;
      const { labels, texts, arias, toggles } = siteOf(page, evidence);
      expect(labels.length, `${check.id}: its label on the page`).toBeGreaterThan(0);
      const damages: [string, () => Undo][] = [
        ['without its label', () => removeAll(labels)],
        [
          'without its value',
          () => all(setAttributes(arias, 'aria-label', null), removeAll([...texts, ...toggles])),
        ],
        [
          'with nonsense for its value',
          () =>
            all(
              setTexts(texts, NONSENSE),
              setAttributes(arias, 'aria-label', NONSENSE),
              setAttributes(toggles, 'aria-checked', 'mixed'),
            ),
        ],
        [
          'with its label repeated beside another value',
          () =>
            repeatLabel(
              page.querySelector('[role=main]') ?? page.body,
              evidence.label,
              otherValue(lang, evidence.value),
            ),
        ],
      ];
      for (const [what, damage] of damages)
        expect(withDamage(damage, read), `${check.id} ${what}`).toBe('unknown');
      targeted[check.id] = (targeted[check.id] ?? 0) + 1;
    }

    // The HTML cut just before a setting's label: the rest of the page never arrived.
    const target = targets[0];
    const at = target ? html.indexOf(target.evidence.label) : -1;
    if (target && at > 0) {
      const after = readAll(parse(html.slice(0, at)));
      expectNoFlip(before, after, `cutting the HTML before "${target.evidence.label}"`);
      expect(after[CHECKS.indexOf(target.check)]?.state, `${target.check.id} cut before its label`).toBe(
        'unknown',
      );
      counts.labelCut++;
    }
  });
});

describe('the damage', () => {
  it('reached every page and every check', () => {
    expect(PAGES.length).toBeGreaterThan(30);
    expect(counts.truncated).toBe(PAGES.length);
    expect(counts.removed).toBe(PAGES.length * 2);
    expect(counts.labelCut).toBeGreaterThan(PAGES.length / 2);
    // Every check reads a value on some page, and had its own label and value damaged there.
    for (const check of CHECKS) expect(targeted[check.id] ?? 0, check.id).toBeGreaterThan(1);
  });
});
