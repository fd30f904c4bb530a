import { careerEventRegistry as registry } from '../src/application/career-policy.ts';
import type { PopulationEvent } from './population-reference.ts';

/**
 * Passes the events through, parsing the first `perType` of each type (as JSON, like off the wire)
 * by its contract: a generator that drifts from the contracts fails here, not as dead letters.
 */
export function* checkedByContract(events: Iterable<PopulationEvent>, perType = 200): Generator<PopulationEvent> {
  const checked = new Map<string, number>();
  for (const e of events) {
    const count = checked.get(e.event.type) ?? 0;
    if (count < perType) {
      registry.parse(JSON.parse(JSON.stringify(e.event)));
      checked.set(e.event.type, count + 1);
    }
    yield e;
  }
}
