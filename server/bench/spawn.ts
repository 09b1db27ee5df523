import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'server', 'main.ts');
/** Node itself with tsx's loader, not the tsx CLI: that would run the server in a child of its own,
 * which a SIGKILL to the process started here would leave running. */
const COMMAND = [process.execPath, '--import', 'tsx', MAIN] as const;

export interface RunningCollector {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
}

/** Runs `npm run collector -- <args>` (a CLI command) and returns its exit code and output. */
export function collectorCommand(args: readonly string[], env: Record<string, string>) {
  const result = spawnSync(COMMAND[0], [...COMMAND.slice(1), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the collector server on a free loopback port and waits until it listens. */
export function startCollector(env: Record<string, string>, timeoutMs = 20_000): Promise<RunningCollector> {
  const child = spawn(COMMAND[0], COMMAND.slice(1), {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the collector did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Collector listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1] as string,
        child,
        output: () => output,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the collector exited (${code}) before listening:\n${output}`));
    });
  });
}
