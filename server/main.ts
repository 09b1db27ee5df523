import { serve } from '@hono/node-server';
import { adminToken } from './admin-token';
import { createApp } from './app';
import { runCampaignCommand, USAGE, UsageError } from './cli';
import { Collector, CollectorError } from './collector';
import { type Config, ConfigError, loadConfig } from './config';
import { openStore } from './store/open';
import { SQLITE_FILE } from './store/sqlite';

const PURGE_CHECK_MS = 60 * 60 * 1000;

/**
 * `npm run collector`: the server; `npm run collector -- campaign …`: the CLI; same configuration.
 * Resolves to the CLI command's exit code, or to null once the server is started (it runs on).
 */
async function main(args: readonly string[]): Promise<number | null> {
  const config = loadConfig(process.env);
  if (args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 0) {
    const collector = new Collector(await openStore(config));
    try {
      await runCampaignCommand(args, collector, (text) => console.log(text));
    } finally {
      await collector.store.end();
    }
    return 0;
  }
  await startServer(config);
  return null;
}

async function startServer(config: Config) {
  const token = adminToken(config);
  const store = await openStore(config);
  const collector = new Collector(store);
  if (token.created) {
    console.log(
      `Admin token (shown this once; kept in ${token.file}, readable by you only):\n\n  ${token.token}\n`,
    );
  }
  const purgeDue = async () => {
    try {
      for (const code of await collector.purgeDue()) {
        console.log(`Purged campaign ${code}: its retention time after close has passed.`);
      }
    } catch (error) {
      console.error('collector: automatic purge failed:', error);
    }
  };
  await purgeDue();
  const timer = setInterval(purgeDue, PURGE_CHECK_MS);
  timer.unref();

  const app = createApp({ collector, adminToken: token.token, rateLimit: config.rateLimit });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = store.kind === 'sqlite' ? `SQLite in ${config.dataDir}/${SQLITE_FILE}` : 'PostgreSQL';
    console.log(`Collector listening on http://${config.host}:${info.port}/ (${where})`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(`collector: cannot listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  const stop = () => {
    clearInterval(timer);
    server.close(() => {
      store.end().finally(() => process.exit(0));
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof CollectorError) {
      console.error(error.message);
      process.exitCode = error instanceof UsageError ? 2 : 1;
      return;
    }
    console.error('collector:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
