import type { Signal } from './signal.ts';

/** Where a worker was to be for a time: a class's sitting, or an exam session. */
export interface Occasion {
  readonly kind: 'sitting' | 'exam';
  /** The class or session. */
  readonly unitId: string;
  /** The provider or assessment body, and its 区划. */
  readonly placeId: string;
  readonly region: string;
  readonly start: string;
  readonly end: string;
  readonly eventId: string;
}

const overlap = (a: Occasion, b: Occasion): boolean =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

function signalOf(workerId: string, a: Occasion, b: Occasion): Signal {
  const classes = a.kind === 'sitting' && b.kind === 'sitting';
  // ISO instants of one offset order as text: the later start and the earlier end bound the overlap.
  const [, from = a.start] = [a.start, b.start].sort();
  const [to = a.end] = [a.end, b.end].sort();
  return {
    rule: classes ? 'overlapping-classes' : 'two-places-at-once',
    subject: { kind: 'worker', id: workerId },
    explanation: `${a.kind} of ${a.unitId} at ${a.placeId} (${a.region}) and ${b.kind} of ${b.unitId} at ${b.placeId} (${b.region}) both hold the worker from ${from} to ${to}`,
    facts: {
      firstUnit: a.unitId,
      firstPlace: a.placeId,
      secondUnit: b.unitId,
      secondPlace: b.placeId,
      from,
      to,
    },
    evidence: [a.eventId, b.eventId],
  };
}

/**
 * A worker held by two classes (or a class and an exam, or two exams) at once: every pair of their
 * occasions of different units whose times overlap, found by a sweep in start order.
 */
export function overlappingOccasions(workerId: string, occasions: readonly Occasion[]): Signal[] {
  const ordered = [...occasions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const signals: Signal[] = [];
  let open: Occasion[] = [];
  for (const next of ordered) {
    open = open.filter((o) => Date.parse(o.end) > Date.parse(next.start));
    for (const earlier of open)
      if (earlier.unitId !== next.unitId && overlap(earlier, next)) signals.push(signalOf(workerId, earlier, next));
    open.push(next);
  }
  return signals;
}
