import { type Fault, strike } from './faults.ts';
import type { PhaseTracker } from './load-phase.ts';

/** What one fault did to the platform, in seconds from its SIGKILL. */
export interface FaultOutcome {
  readonly fault: string;
  /** The load's phase when it struck. */
  readonly phase: string;
  /** SIGKILL to the restart (`npm start -- --detach`): the process was simply gone. */
  readonly downSeconds: number;
  /** SIGKILL to every service answering /ready again. */
  readonly readySeconds: number;
  /** SIGKILL to every certificate owed at the restart issued and every commit then unpublished published; null after 5 minutes. */
  readonly caughtUpSeconds: number | null;
}

export interface Schedule {
  readonly faults: readonly Fault[];
  readonly phases: PhaseTracker;
  /** Starts whatever of the platform is down and returns once every service is ready. */
  readonly restart: () => Promise<void>;
  /** Takes stock of what the platform owes now; the probe says when that is all done. */
  readonly catchUpProbe: () => Promise<() => Promise<boolean>>;
  readonly say: (line: string) => void;
  readonly downMs?: number;
  /** Steady load between one fault's recovery and the next. */
  readonly steadyMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (from: number, to: number) => Math.round((to - from) / 100) / 10;
const CATCH_UP_MS = 5 * 60_000;

/** When `caughtUp` first holds, or null after 5 minutes; each look reads a store, so not too often. */
async function whenCaughtUp(caughtUp: () => Promise<boolean>): Promise<number | null> {
  const until = Date.now() + CATCH_UP_MS;
  while (Date.now() < until) {
    if (await caughtUp().catch(() => false)) return Date.now();
    await sleep(10_000);
  }
  return null;
}

/** Each fault in turn, struck in its phase of the load, restarted as `npm start` would, timed. */
export async function runFaults(s: Schedule): Promise<FaultOutcome[]> {
  const { downMs = 3_000, steadyMs = 10_000 } = s;
  const outcomes: FaultOutcome[] = [];
  for (const fault of s.faults) {
    await sleep(steadyMs);
    const inPhase = await s.phases.reached(fault.during, 180_000);
    const phase = inPhase ? fault.during : s.phases.now();
    s.say(`SIGKILL ${fault.name} (load: ${phase})`);
    const killed = Date.now();
    await strike(fault);
    await sleep(downMs);
    const restarting = Date.now();
    await s.restart();
    const ready = Date.now();
    const caughtUp = await whenCaughtUp(await s.catchUpProbe());
    const outcome = {
      fault: fault.name,
      phase,
      downSeconds: seconds(killed, restarting),
      readySeconds: seconds(killed, ready),
      caughtUpSeconds: caughtUp === null ? null : seconds(killed, caughtUp),
    };
    s.say(`${fault.name} back: ready after ${outcome.readySeconds} s, caught up after ${outcome.caughtUpSeconds} s`);
    outcomes.push(outcome);
  }
  return outcomes;
}
