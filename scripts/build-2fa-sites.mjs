// `node scripts/build-2fa-sites.mjs <folder> [<out>]`: turns the 2fa.directory data (`entries.json`
// and `LICENSE.md` in <folder>, from the project's repository 2factorauth/twofactorauth) into the
// compact list the extension ships, <out>/sites.json (by default public/2fa-directory), with the
// licence beside it as LICENSE.txt, which browsers show as text.
// Only sites that offer two-factor login and link to instructions for it are kept: a notice
// without a how-to would leave the user with nothing to do. Logos and other fields are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The order of the method bits; lib/twofa/sites.ts reads the same list from the file. */
const METHODS = ['sms', 'call', 'email', 'u2f', 'totp', 'custom-software', 'custom-hardware'];
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const [folder, out = 'public/2fa-directory'] = process.argv.slice(2);
const OUT = resolve(out);
if (!folder) {
  console.error('usage: node scripts/build-2fa-sites.mjs <folder with entries.json and LICENSE.md> [<out>]');
  process.exit(2);
}

function fail(message) {
  console.error(`build-2fa-sites: ${message}`);
  process.exit(1);
}

let entries;
try {
  entries = JSON.parse(readFileSync(join(folder, 'entries.json'), 'utf8'));
} catch (error) {
  fail(`cannot read entries.json: ${error.message}`);
}
if (!entries || typeof entries !== 'object' || Array.isArray(entries)) fail('entries.json is not an object');

const sites = [];
const claimed = new Set();
let shared = 0;
// Main domains first, so a domain two sites name stays with the site it belongs to.
const kept = Object.values(entries)
  .filter((entry) => Array.isArray(entry.tfa) && entry.tfa.length > 0 && entry.documentation)
  .sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
for (const entry of kept) claimed.add(entry.domain.toLowerCase());
for (const entry of kept) {
  const main = entry.domain.toLowerCase();
  const extra = (entry['additional-domains'] ?? []).map((domain) => domain.toLowerCase());
  const domains = [main, ...extra.filter((domain) => domain !== main && !claimed.has(domain))];
  shared += extra.length - (domains.length - 1);
  for (const domain of domains) {
    if (!DOMAIN.test(domain)) fail(`${entry.name}: "${domain}" is not a plain domain name`);
    claimed.add(domain);
  }
  let mask = 0;
  for (const method of entry.tfa) {
    const bit = METHODS.indexOf(method);
    if (bit < 0) fail(`${entry.name}: unknown method "${method}"`);
    mask |= 1 << bit;
  }
  if (!/^https?:\/\/[^\s"]+$/.test(entry.documentation))
    fail(`${entry.name}: documentation is not a web address`);
  sites.push([entry.name, domains.join(' '), mask, entry.documentation]);
}

// One site a line, so a refresh shows as a readable diff.
const text = `{"version":1,"methods":${JSON.stringify(METHODS)},"sites":[\n${sites
  .map((site) => JSON.stringify(site))
  .join(',\n')}\n]}\n`;
writeFileSync(join(OUT, 'sites.json'), text);
writeFileSync(join(OUT, 'LICENSE.txt'), readFileSync(join(folder, 'LICENSE.md')));
console.log(
  `${sites.length} sites (${claimed.size} domains; ${shared} domains named by two sites kept once) ` +
    `of ${Object.keys(entries).length} entries: ${join(out, 'sites.json')}, ` +
    `${Buffer.byteLength(text)} bytes, ${gzipSync(text).length} bytes gzip`,
);
