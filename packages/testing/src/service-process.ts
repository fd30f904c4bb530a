import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { waitUntil } from './wait-until.ts';

export interface ServiceProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident memory now, in MiB, from /proc. */
  rssMiB(): Promise<number>;
  stop(): Promise<void>;
}

const statusField = async (pid: number, field: string): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
};

/**
 * A real service as its own process, bundled and run (`node dist/main.js` in its directory, with the runtime
 * flags its package.json declares) as `npm start` runs it.
 * `readyTimeoutMs` bounds its start, which for a service holding a large read model in memory is the load.
 */
export async function startService(
  serviceDir: string,
  env: Record<string, string>,
  readyTimeoutMs = 60_000,
): Promise<ServiceProcess> {
  const bundler = join(serviceDir, '..', '..', 'infra', 'local', 'bundle-services.ts');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', bundler, basename(serviceDir)]);
  const { nodeOptions = [] } = JSON.parse(await readFile(join(serviceDir, 'package.json'), 'utf8')) as {
    nodeOptions?: string[];
  };
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, '--enable-source-maps', 'dist/main.js'], {
    cwd: serviceDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the service did not start');
  const url = `http://127.0.0.1:${env.PORT}`;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  // Ready means the service answers /ready (its store and Kafka reachable), whatever its log level.
  await waitUntil(
    async () =>
      !exited &&
      (await fetch(`${url}/ready`)
        .then((r) => r.ok)
        .catch(() => false)),
    (ready) => ready || exited,
    { timeoutMs: readyTimeoutMs, what: `the service in ${serviceDir} to be ready` },
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  if (exited) throw new Error('the service exited before it was ready');
  return {
    url,
    pid,
    rssMiB: () => statusField(pid, 'VmRSS'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
