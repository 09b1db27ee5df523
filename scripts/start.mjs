// `npm start`: build the store packages for Chrome and Firefox, say where they are and how to load
// them, and where there is a display, open Chromium with the extension loaded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from './prerequisites.mjs';

for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  const run = spawnSync('node_modules/.bin/wxt', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const output = resolve('.output');
const zips = readdirSync(output).filter((name) => name.endsWith('.zip'));
console.log(`
Built:
  Chrome / Edge (unpacked): ${output}/chrome-mv3
  Firefox (unpacked):       ${output}/firefox-mv2
  Store packages:           ${zips.map((zip) => `${output}/${zip}`).join('\n                            ')}

Load it by hand:
  Chrome or Edge: open chrome://extensions, turn on "Developer mode", press "Load unpacked" and
                  choose ${output}/chrome-mv3
  Firefox:        open about:debugging#/runtime/this-firefox, press "Load Temporary Add-on…" and
                  choose ${output}/firefox-mv2/manifest.json
`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here, so no browser was opened.');
} else if (!existsSync(CHROMIUM)) {
  console.log(`Chromium is not at ${CHROMIUM}, so no browser was opened.`);
} else {
  const profile = resolve(output, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const extension = resolve(output, 'chrome-mv3');
  spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      'https://www.facebook.com/settings/?tab=privacy',
    ],
    { detached: true, stdio: 'ignore' },
  ).unref();
  console.log('Opened Chromium with the extension loaded (its own profile, under .output/).');
}
