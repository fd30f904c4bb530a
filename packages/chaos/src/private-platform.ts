import { spawn } from 'node:child_process';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformUrls } from '@tianfu/testing';

/**
 * Where the second platform runs: every port moved by the same offset, and data, logs and pid
 * files in a directory of their own, so the shared platform on the standard ports never notices.
 */
export interface PrivatePlatform {
  readonly root: string;
  readonly localDir: string;
  readonly offset: number;
  readonly kafkaPort: number;
  readonly mongoPort: number;
  readonly pgPort: number;
}

export function privatePlatform(root: string, offset = 200): PrivatePlatform {
  return {
    root,
    localDir: join(root, '.local', 'chaos'),
    offset,
    kafkaPort: 9092 + offset,
    mongoPort: 27017 + offset,
    pgPort: 54329 + offset,
  };
}

/** The environment infra/local's scripts read; KAFKA_BROKERS and MONGO_URL follow the ports. */
export function platformEnv(p: PrivatePlatform): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SERVICE_PORT_OFFSET: String(p.offset),
    KAFKA_PORT: String(p.kafkaPort),
    KAFKA_CONTROLLER_PORT: String(p.kafkaPort + 1),
    MONGO_PORT: String(p.mongoPort),
    PG_PORT: String(p.pgPort),
    TIANFU_LOCAL_DIR: p.localDir,
    KAFKA_BROKERS: kafkaBrokers(p),
    MONGO_URL: mongoUrl(p),
  };
}

export const kafkaBrokers = (p: PrivatePlatform): string => `127.0.0.1:${p.kafkaPort}`;
export const mongoUrl = (p: PrivatePlatform): string => `mongodb://127.0.0.1:${p.mongoPort}/?directConnection=true`;

export function platformUrlsOf(p: PrivatePlatform): PlatformUrls {
  const at = (port: number) => `http://127.0.0.1:${port + p.offset}`;
  return {
    assessment: at(4101),
    certification: at(4102),
    talentRegistry: at(4103),
    competition: at(4104),
    career: at(4105),
    catalogue: at(4109),
    training: at(4106),
    subsidy: at(4107),
  };
}

/** Runs one of infra/local's scripts against the private platform; its output goes to `log`. */
export function runScript(p: PrivatePlatform, script: string, args: readonly string[], log: (line: string) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [join(p.root, 'infra/local', script), ...args], {
      cwd: p.root,
      env: platformEnv(p),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') log(line);
    };
    child.stdout.on('data', lines);
    child.stderr.on('data', lines);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** `npm start -- --detach` of the private platform: starts whatever of it is down, returns once ready. */
export const startPlatform = (p: PrivatePlatform, log: (line: string) => void) =>
  runScript(p, 'start.sh', ['--detach'], log);

/** `npm run down` of the private platform. */
export const stopPlatform = (p: PrivatePlatform, log: (line: string) => void) => runScript(p, 'down.sh', [], log);

/** The pid a pid file names, when that process runs a command line containing `pattern`. */
export function runningPid(pidFile: string, pattern: string): number | null {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]?.trim());
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return Number.isInteger(pid) && pid > 0 && command.includes(pattern) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Removes the private platform's data (stopped first), so each run starts on empty stores and
 * topics: a backlog an earlier run left would slow this one and blur its counts. As root, the
 * PostgreSQL cluster lives where `.local/chaos/postgres` links to (postgres.sh); both go.
 */
export async function wipePlatform(p: PrivatePlatform, log: (line: string) => void): Promise<void> {
  await stopPlatform(p, log);
  const pgLink = join(p.localDir, 'postgres');
  let pgHome: string | null = null;
  try {
    pgHome = realpathSync(pgLink);
  } catch {
    pgHome = null;
  }
  if (pgHome !== null && pgHome !== pgLink) rmSync(pgHome, { recursive: true, force: true });
  rmSync(p.localDir, { recursive: true, force: true });
}
