import { chinaDate } from '@tianfu/contracts';
import { demoPeople, type JourneyCast, type Platform } from '@tianfu/demo';
import { runAppointment } from './appointment-round.ts';
import type { CommandLog } from './command-log.ts';
import { runContest } from './contest-round.ts';
import type { PhaseTracker } from './load-phase.ts';
import { planRound } from './round-plan.ts';
import { runSession } from './session-round.ts';

export interface LoadOptions {
  readonly platform: Platform;
  readonly cast: JourneyCast;
  readonly log: CommandLog;
  readonly phases: PhaseTracker;
  /** Candidates in the first round's session. */
  readonly size: number;
  /** Candidates in each later round's session: traffic while the first round's certificates are issued. */
  readonly laterSize: number;
  /** A round starts at most this often, so the load stays steady rather than a flood. */
  readonly paceMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A steady load: round after round (a session by CSV, its contest), until stopped; each round's
 * appointment waits for its prerequisite beside the next round. `stop` ends after the round under
 * way and the appointments waiting, and rejects with the load's first failure.
 */
export function startLoad({ platform, cast, log, phases, size, laterSize, paceMs }: LoadOptions) {
  const people = demoPeople();
  const appointments: Promise<void>[] = [];
  let stopping = false;
  let rounds = 0;
  const loop = async () => {
    while (!stopping) {
      const started = Date.now();
      const plan = planRound(cast, people, ++rounds, rounds === 1 ? size : laterSize, chinaDate(new Date()));
      await runSession(platform, plan, log, phases);
      phases.enter('competition');
      await runContest(platform, cast, plan, log);
      phases.enter('appointment');
      const appointment = runAppointment(platform, cast, plan, log);
      appointment.catch(() => undefined);
      appointments.push(appointment);
      while (!stopping && Date.now() < started + paceMs) await sleep(100);
    }
    await Promise.all(appointments);
  };
  const running = loop().finally(() => phases.enter('stopped'));
  running.catch(() => undefined);
  return {
    rounds: () => rounds,
    running,
    async stop(): Promise<void> {
      stopping = true;
      await running;
    },
  };
}

export type Load = ReturnType<typeof startLoad>;
