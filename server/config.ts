import { resolve } from 'node:path';
import { z } from 'zod';

/** The collector's settings, from the environment: the same for the server and its CLI. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL; none means SQLite in `dataDir`. */
  databaseUrl: string | null;
  adminToken: string | null;
  /** Submissions per second across all clients; 0 = no limit. */
  rateLimit: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Shorter tokens could be guessed; generated tokens are 43 characters. */
export const MIN_TOKEN_LENGTH = 24;

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);
const whole = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number`)
      .transform(Number)
      .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
      .default(fallback),
  );

const EnvSchema = z.object({
  PORT: whole('PORT', 0, 65_535, 8787),
  HOST: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'HOST must be a host name or an IP address')
      .default('127.0.0.1'),
  ),
  DATA_DIR: z.preprocess(blankIsUnset, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite in DATA_DIR)',
      )
      .optional(),
  ),
  COLLECTOR_ADMIN_TOKEN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .min(MIN_TOKEN_LENGTH, `COLLECTOR_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`)
      .regex(/^[\x21-\x7e]+$/, 'COLLECTOR_ADMIN_TOKEN must be printable ASCII without spaces')
      .optional(),
  ),
  COLLECTOR_RATE_LIMIT: whole('COLLECTOR_RATE_LIMIT', 0, 1_000_000, 50),
});

/** Parses the environment; throws a ConfigError naming every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new ConfigError(`The collector's configuration is not valid:\n${lines.join('\n')}`);
  }
  const { PORT, HOST, DATA_DIR, DATABASE_URL, COLLECTOR_ADMIN_TOKEN, COLLECTOR_RATE_LIMIT } = parsed.data;
  if (DATABASE_URL && !COLLECTOR_ADMIN_TOKEN) {
    throw new ConfigError(
      'With DATABASE_URL (PostgreSQL) set, COLLECTOR_ADMIN_TOKEN is required: the token cannot be kept in a data directory. Set it to a random string of at least 24 characters, e.g. the output of `openssl rand -base64 32`.',
    );
  }
  return {
    port: PORT,
    host: HOST,
    dataDir: resolve(DATA_DIR),
    databaseUrl: DATABASE_URL ?? null,
    adminToken: COLLECTOR_ADMIN_TOKEN ?? null,
    rateLimit: COLLECTOR_RATE_LIMIT,
  };
}
