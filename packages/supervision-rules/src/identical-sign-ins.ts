import { groupBy } from './group-by.ts';
import type { Signal } from './signal.ts';
import type { SignalThresholds } from './signal-thresholds.ts';

export interface SignIn {
  readonly workerId: string;
  readonly sittingId: string;
  readonly signedAt: string;
  readonly eventId: string;
}

const second = (at: string): string => new Date(Math.floor(Date.parse(at) / 1000) * 1000).toISOString();

/**
 * Sign-ins of one class that people do not make: many trainees of a sitting in the same second, or
 * several trainees whose sign-ins match to the second at every sitting of two or more.
 */
export function identicalSignIns(
  classId: string,
  signIns: readonly SignIn[],
  { minTrainees, minSittings, sameSecondGroup }: SignalThresholds['identicalSignIns'],
): Signal[] {
  const signals: Signal[] = [];
  for (const [key, group] of groupBy(signIns, (s) => `${s.sittingId} ${second(s.signedAt)}`)) {
    const workers = new Set(group.map((s) => s.workerId));
    if (workers.size < sameSecondGroup) continue;
    const [sittingId = '', at = ''] = key.split(' ');
    signals.push({
      rule: 'identical-sign-ins',
      subject: { kind: 'class', id: classId },
      explanation: `${workers.size} trainees signed in to sitting ${sittingId} within the same second, ${at} (flagged from ${sameSecondGroup})`,
      facts: { sittingId, second: at, trainees: workers.size, sittings: 1 },
      evidence: group.map((s) => s.eventId),
    });
  }
  const patterns = groupBy([...groupBy(signIns, (s) => s.workerId)], ([, own]) =>
    own
      .map((s) => `${s.sittingId}@${second(s.signedAt)}`)
      .sort()
      .join(','),
  );
  for (const [pattern, workers] of patterns) {
    const sittings = pattern.split(',').length;
    if (sittings < minSittings || workers.length < minTrainees) continue;
    signals.push({
      rule: 'identical-sign-ins',
      subject: { kind: 'class', id: classId },
      explanation: `${workers.length} trainees signed in at the same second at each of ${sittings} sittings (flagged from ${minTrainees} trainees at ${minSittings} sittings)`,
      facts: { trainees: workers.length, sittings, pattern },
      evidence: workers.flatMap(([, own]) => own.map((s) => s.eventId)),
    });
  }
  return signals;
}
