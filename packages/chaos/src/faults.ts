import { join } from 'node:path';
import type { LoadPhase } from './load-phase.ts';
import { type PrivatePlatform, runningPid } from './private-platform.ts';

/** One process of the private platform to SIGKILL, found only through its own pid file. */
export interface Fault {
  readonly name: string;
  /** The load's phase to strike in: the process is busy with it then. */
  readonly during: LoadPhase;
  /** The pid file, and what the process's command line holds (a reused pid is never killed). */
  readonly pidFile: string;
  readonly pattern: string;
}

function service(p: PrivatePlatform, name: string, during: LoadPhase): Fault {
  return { name, during, pidFile: join(p.localDir, 'services', `${name}.pid`), pattern: `services/${name}` };
}

/**
 * In turn: certification while it issues, career while it projects, assessment in the middle of
 * a CSV upload, the Kafka broker, FerretDB, and the PostgreSQL under it (its postmaster; pid file
 * and port say it is this platform's).
 */
export function allFaults(p: PrivatePlatform): Fault[] {
  return [
    service(p, 'certification', 'scores'),
    service(p, 'career', 'competition'),
    service(p, 'assessment', 'enrolment'),
    { name: 'kafka', during: 'scores', pidFile: join(p.localDir, 'kafka', 'kafka.pid'), pattern: 'kafka.Kafka' },
    {
      name: 'ferretdb',
      during: 'enrolment',
      pidFile: join(p.localDir, 'ferretdb', 'ferretdb.pid'),
      pattern: `127.0.0.1:${p.mongoPort}`,
    },
    {
      name: 'postgresql',
      during: 'competition',
      pidFile: join(p.localDir, 'postgres', 'data', 'postmaster.pid'),
      pattern: `-p ${p.pgPort}`,
    },
  ];
}

/** The short form for `npm test`: one service and the broker. */
export const shortFaults = (p: PrivatePlatform): Fault[] =>
  allFaults(p).filter((f) => f.name === 'certification' || f.name === 'kafka');

/** SIGKILL, then waits until the process is gone; throws when the pid file names no live process of it. */
export async function strike(fault: Fault): Promise<void> {
  const pid = runningPid(fault.pidFile, fault.pattern);
  if (pid === null) throw new Error(`${fault.name} is not running (pid file ${fault.pidFile})`);
  process.kill(pid, 'SIGKILL');
  while (runningPid(fault.pidFile, fault.pattern) === pid) await new Promise((r) => setTimeout(r, 100));
}
