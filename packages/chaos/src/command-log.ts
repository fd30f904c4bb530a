import { isApiProblem } from '@tianfu/api-client';
import type { CommandRecord, Expectation, StoreName } from './tally.ts';

export interface Send<T> {
  readonly label: string;
  readonly store: StoreName;
  readonly command: () => Promise<T>;
  /** What a 2xx leaves in the store; `answer` is null when an earlier, unanswered attempt applied it. */
  readonly expects: (answer: T | null) => readonly Expectation[];
  /** Codes that say an earlier attempt, whose answer a fault swallowed, applied it already. */
  readonly appliedBefore?: readonly string[];
  /** Codes that say a prerequisite has not reached the service yet: sent again. */
  readonly waitFor?: readonly string[];
}

// A fault's restart takes seconds; a prerequisite crossing Kafka behind a backlog, minutes.
const GIVE_UP_MS = 10 * 60_000;

export interface CommandLogOptions {
  readonly now?: () => number;
  /** Before sending again after no answer or a 5xx. */
  readonly retryMs?: number;
  /** Before sending again while a prerequisite is on its way. */
  readonly waitForMs?: number;
}

// isApiProblem with no codes accepts any problem: an empty list must match none.
const answeredWith = (error: unknown, codes: readonly string[]): boolean =>
  codes.length > 0 && isApiProblem(error, ...codes);

const retryable = (error: unknown, waitFor: readonly string[]): boolean =>
  !isApiProblem(error) || error.status >= 500 || answeredWith(error, waitFor);

/**
 * The load's commands, each sent until a service answers it: an unreachable service or a 5xx is
 * tried again after a second (a client would), a 4xx ends the run, as it means the load is wrong.
 */
export function commandLog({ now = Date.now, retryMs = 1_000, waitForMs = 5_000 }: CommandLogOptions = {}) {
  const records: CommandRecord[] = [];
  let serverErrors = 0;

  async function send<T>({ label, store, command, expects, appliedBefore = [], waitFor = [] }: Send<T>) {
    const started = now();
    for (let attempts = 1; ; attempts++) {
      try {
        const answer = await command();
        records.push({ label, store, attempts, acknowledged: true, expects: expects(answer) });
        return answer;
      } catch (error) {
        if (attempts > 1 && answeredWith(error, appliedBefore)) {
          records.push({ label, store, attempts, acknowledged: false, expects: expects(null) });
          return null;
        }
        if (!retryable(error, waitFor) || now() - started > GIVE_UP_MS) throw error;
        if (isApiProblem(error) && error.status >= 500) serverErrors++;
        const pause = answeredWith(error, waitFor) ? waitForMs : retryMs;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  return {
    send,
    records: (): readonly CommandRecord[] => records,
    /** 5xx answers seen (an unreachable service is not one). */
    serverErrors: () => serverErrors,
  };
}

export type CommandLog = ReturnType<typeof commandLog>;
