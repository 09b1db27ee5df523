import { join } from 'node:path';

export const ROOT = process.cwd();
const OUTPUT = process.env.DHC_OUT_DIR ?? '.output';
export const CHROME_BUILD = join(ROOT, OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, OUTPUT, 'firefox-mv2');
export const FIXTURES = join(ROOT, 'tests/fixtures');
/** Debian's real Chromium binary; /usr/bin/chromium is a wrapper that adds flags of its own. */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
/** Debian's Firefox ESR binary itself; /usr/bin/firefox-esr only links to it. */
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/lib/firefox-esr/firefox-esr';
