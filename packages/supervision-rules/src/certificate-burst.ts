import type { Signal } from './signal.ts';
import type { SignalThresholds } from './signal-thresholds.ts';

/** A session of an assessment body: when it closed and when each of its certificates was issued. */
export interface SessionIssues {
  readonly sessionId: string;
  readonly closedAt: string;
  readonly issued: readonly { readonly issuedAt: string; readonly eventId: string }[];
}

const hoursBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 3_600_000;

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * Sessions whose certificates came in a burst right after they closed, beyond the body's norm: at
 * least `minCertificates` within `windowHours` of the close, where the body's usual lag (the median
 * over its other sessions' certificates) is so long that the window is under `maxShareOfNorm` of it.
 */
export function certificateBursts(
  bodyId: string,
  sessions: readonly SessionIssues[],
  { windowHours, minCertificates, maxShareOfNorm }: SignalThresholds['certificateBurst'],
): Signal[] {
  const signals: Signal[] = [];
  for (const session of sessions) {
    const fast = session.issued.filter(({ issuedAt }) => hoursBetween(session.closedAt, issuedAt) <= windowHours);
    if (fast.length < minCertificates) continue;
    const norm = median(
      sessions
        .filter((s) => s.sessionId !== session.sessionId)
        .flatMap((s) => s.issued.map(({ issuedAt }) => hoursBetween(s.closedAt, issuedAt))),
    );
    if (norm === null || windowHours >= norm * maxShareOfNorm) continue;
    signals.push({
      rule: 'certificate-burst',
      subject: { kind: 'session', id: session.sessionId },
      explanation: `${fast.length} certificates of body ${bodyId} issued within ${windowHours} h of the session's close at ${session.closedAt}, where the body's other sessions' certificates take ${norm.toFixed(0)} h (median)`,
      facts: {
        bodyId,
        closedAt: session.closedAt,
        withinWindow: fast.length,
        windowHours,
        bodyMedianLagHours: norm,
      },
      evidence: fast.map(({ eventId }) => eventId),
    });
  }
  return signals;
}
