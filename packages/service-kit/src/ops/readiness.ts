import type { FastifyBaseLogger } from 'fastify';

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves when the dependency can serve; rejects (or outlives its timeout) when it cannot. */
  readonly check: () => Promise<unknown>;
  readonly timeoutMs?: number;
}

export type CheckStatus = 'ok' | 'failed' | 'timed_out';

export interface CheckOutcome {
  readonly name: string;
  readonly status: CheckStatus;
}

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

function settleWithin(run: () => Promise<unknown>, timeoutMs: number): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckStatus>((resolve) => {
    timer = setTimeout(() => resolve('timed_out'), timeoutMs);
  });
  const outcome = Promise.resolve()
    .then(run)
    .then((): CheckStatus => 'ok');
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check at once; failures are logged here because the public answer names only the check. */
export function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  defaultTimeoutMs: number,
  log: FastifyBaseLogger,
): Promise<CheckOutcome[]> {
  return Promise.all(
    checks.map(async ({ name, check, timeoutMs = defaultTimeoutMs }): Promise<CheckOutcome> => {
      try {
        const status = await settleWithin(check, timeoutMs);
        if (status === 'timed_out') log.warn({ check: name, timeoutMs }, 'readiness check timed out');
        return { name, status };
      } catch (err) {
        log.warn({ check: name, err }, 'readiness check failed');
        return { name, status: 'failed' };
      }
    }),
  );
}
