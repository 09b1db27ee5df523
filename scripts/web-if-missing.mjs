// npm run collector serves the web survey from dist/web: build it first on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/web/index.html')) {
  console.log('Building the web survey (dist/web) for the collector…');
  const result = spawnSync(
    'node_modules/.bin/vite',
    ['build', '-c', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
}
