// What the tests and `npm start` need from the system, checked in one place so a missing piece is
// named with the command that installs it rather than surfacing later as a cryptic failure.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';

export const INSTALL_HINT = 'sudo apt-get install -y chromium firefox-esr openssl postgresql nginx';

export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/lib/firefox-esr/firefox-esr';
/** Off the PATH of users other than root on Debian; tests/server/nginx.test.ts uses the same default. */
export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => executable(`${dir}/${command}`));
}

/** Debian installs initdb and pg_ctl under /usr/lib/postgresql/<version>/bin, off the PATH. */
function postgresServer() {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((version) => executable(`${root}/${version}/bin/pg_ctl`));
}

/** Returns a line for each missing prerequisite; empty when all are present. */
export function missingPrerequisites() {
  const missing = [];
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) missing.push(`Node.js 20 or newer (this is ${process.versions.node})`);
  if (!executable(CHROMIUM)) missing.push(`Chromium (Debian package "chromium"; expected at ${CHROMIUM})`);
  if (!executable(FIREFOX))
    missing.push(`Firefox ESR (Debian package "firefox-esr"; expected at ${FIREFOX})`);
  if (!onPath('openssl')) missing.push('openssl (Debian package "openssl"; makes the test certificate)');
  if (!executable(NGINX))
    missing.push(
      `nginx (Debian package "nginx"; the collector tests run its documented config; expected at ${NGINX})`,
    );
  if (!postgresServer())
    missing.push(
      'PostgreSQL server binaries (Debian package "postgresql"; the collector tests start a throwaway cluster)',
    );
  return missing;
}
