import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PLATFORM_MATCHES, PLATFORMS, type Platform } from '../lib/platforms';

/** Issue 8's size budgets, in bytes of gzip (level 6, as `gzip` does by default), file by file. */
export const SIZE_BUDGETS = { contentScript: 12_000, popup: 45_000 };

export interface Sized {
  files: { file: string; gzip: number }[];
  gzip: number;
}

function sized(build: string, files: readonly string[]): Sized {
  const measured = [...new Set(files)].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(build, file))).length,
  }));
  return { files: measured, gzip: measured.reduce((sum, { gzip }) => sum + gzip, 0) };
}

interface Manifest {
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

const manifestOf = (build: string): Manifest =>
  JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;

/** What a platform's page receives: every content script and stylesheet the manifest injects there. */
export function contentScriptSizes(build: string): Record<Platform, Sized> {
  const scripts = manifestOf(build).content_scripts ?? [];
  return Object.fromEntries(
    PLATFORMS.map((platform) => {
      const own = scripts.filter((entry) =>
        entry.matches.some((match) => PLATFORM_MATCHES[platform].includes(match)),
      );
      return [
        platform,
        sized(
          build,
          own.flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]),
        ),
      ];
    }),
  ) as Record<Platform, Sized>;
}

/**
 * What opening the popup loads: the scripts, preloaded modules and stylesheets its page names, and
 * the strings of one language, loaded as a module of their own (counted as the larger of the two).
 * Fonts are left out (the budget excludes them; the Khmer font is fetched only when shown).
 */
export function popupSize(build: string): Sized {
  const manifest = manifestOf(build);
  const page = (manifest.action ?? manifest.browser_action)?.default_popup;
  if (!page) throw new Error(`${build} has no popup`);
  const html = readFileSync(join(build, page), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
    ([, file]) => file as string,
  );
  const languages = readdirSync(join(build, 'chunks'))
    // The popup loads its language's popup part (en-*, km-*), never the other pages' (en-pages-*).
    .filter((file) => /^(?:en|km)-(?!pages-)[\w-]+\.js$/.test(file))
    .map((file) => sized(build, [`chunks/${file}`]));
  if (languages.length !== 2) throw new Error(`${build} should have one chunk per language`);
  const strings = languages.reduce((larger, next) => (next.gzip > larger.gzip ? next : larger));
  const own = sized(build, files);
  return { files: [...own.files, ...strings.files], gzip: own.gzip + strings.gzip };
}
