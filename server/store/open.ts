import type { Config } from '../config';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { Store } from './types';

/** PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR; schema created or migrated. */
export function openStore(config: Config): Promise<Store> {
  return config.databaseUrl
    ? PostgresStore.open(config.databaseUrl)
    : Promise.resolve(SqliteStore.open(config.dataDir));
}
