import { execFile } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/free-port.ts';

const run = promisify(execFile);
const script = (name: string) => fileURLToPath(new URL(`../../../infra/local/${name}`, import.meta.url));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A whole second stack in its own directory and ports, so the shared one stays up. */
describe('infra/local up / down', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const pids = async () =>
    Promise.all(
      ['kafka/kafka.pid', 'ferretdb/ferretdb.pid'].map(async (f) => Number(await readFile(join(dir, f), 'utf8'))),
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tianfu-stack-'));
    const [kafka, controller, mongo, postgres] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    env = {
      ...process.env,
      TIANFU_LOCAL_DIR: dir,
      KAFKA_PORT: `${kafka}`,
      KAFKA_CONTROLLER_PORT: `${controller}`,
      MONGO_PORT: `${mongo}`,
      PG_PORT: `${postgres}`,
    };
  });

  afterAll(async () => {
    await run('bash', [script('down.sh')], { env });
    const postgresHome = await realpath(join(dir, 'postgres')).catch(() => undefined);
    if (postgresHome) await rm(postgresHome, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('starts both servers, and a second up is a no-op that keeps the same processes', async () => {
    await run('bash', [script('up.sh')], { env });
    const first = await pids();
    expect(first.every(alive)).toBe(true);
    const again = await run('bash', [script('up.sh')], { env });
    expect(again.stderr).toMatch(/postgres already running/);
    expect(again.stderr).toMatch(/ferretdb already running/);
    expect(again.stderr).toMatch(/kafka already running/);
    expect(await pids()).toEqual(first);
  }, 240_000);

  it('down leaves no process behind', async () => {
    const before = await pids();
    await run('bash', [script('down.sh')], { env });
    expect(before.some(alive)).toBe(false);
    const status = await run('bash', [script('status.sh')], { env }).catch((e: { stdout: string }) => e);
    expect(status.stdout).toMatch(/kafka: stopped/);
    expect(status.stdout).toMatch(/ferretdb: stopped/);
    expect(status.stdout).toMatch(/postgres: stopped/);
  }, 120_000);
});
