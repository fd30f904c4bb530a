/** What the load is doing: a fault strikes in the phase it names. */
export type LoadPhase = 'setup' | 'enrolment' | 'scores' | 'close' | 'competition' | 'appointment' | 'stopped';

/** The load's current phase, for the fault schedule to wait on. */
export function phaseTracker() {
  let phase: LoadPhase = 'setup';
  return {
    now: (): LoadPhase => phase,
    enter(next: LoadPhase) {
      phase = next;
    },
    /** Resolves once the load is in `wanted` (true), or false after `timeoutMs`. */
    async reached(wanted: LoadPhase, timeoutMs: number): Promise<boolean> {
      const until = Date.now() + timeoutMs;
      while (phase !== wanted) {
        if (Date.now() > until || phase === 'stopped') return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return true;
    },
  };
}

export type PhaseTracker = ReturnType<typeof phaseTracker>;
