import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD } from './paths';

export interface ExtensionFirefox {
  browser: Browser;
  /** The add-on's moz-extension:// host. */
  uuid: string;
  /** The add-on's id as the build names it, as `installExtension` answers. */
  geckoId: string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with the built add-on installed
 * as a temporary add-on (the only way stock Firefox runs the unsigned build). `prefs` are added
 * to the profile's.
 */
export async function launchFirefox(
  prefs: Record<string, unknown> = {},
  options: { acceptInsecureCerts?: boolean } = {},
): Promise<ExtensionFirefox> {
  const geckoId: string = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'))
    .browser_specific_settings.gecko.id;
  // Firefox picks a random moz-extension:// host per add-on unless the profile already names one.
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'dhc-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    ...options,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), ...prefs },
  });
  const installed = await browser.installExtension(FIREFOX_BUILD);
  if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, not ${geckoId}`);
  return {
    browser,
    uuid,
    geckoId,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
