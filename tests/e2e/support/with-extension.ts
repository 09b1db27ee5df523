import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type NetworkRecorder, recordRequests } from './network';

export interface ExtensionSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
  network: NetworkRecorder;
}

/**
 * Before a file's tests: the fixture server, Chromium with the built extension, and a recorder of
 * every request the extension makes, handed to `started`; after them, both stopped.
 */
export function withExtension(started: (session: ExtensionSession) => void) {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port);
    started({ server, browser, network: recordRequests(browser.context, server) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
