import { describe, expect, it } from 'vitest';
import {
  eventsIn,
  groupLag,
  type PartitionRange,
  rangeKey,
  replayPasses,
} from '../src/application/rebuild/partition-ranges.ts';
import { staleSets } from '../src/application/rebuild/stale-sets.ts';
import { WorkerFacts } from '../src/application/rebuild/worker-facts.ts';
import type { CareerFact } from '../src/domain/career-facts.ts';

const range = (topic: string, partition: number, high: number, low = 0): PartitionRange => ({
  topic,
  partition,
  low,
  high,
});
const ranges = ['certification', 'talent', 'competition'].flatMap((topic) =>
  [0, 1, 2].map((p) => range(topic, p, 10 * (p + 1))),
);

const honour = (factId: string, workerId: string): CareerFact => ({
  kind: 'honour',
  factId,
  workerId,
  date: '2024-12-01',
  grantId: `g-${factId}`,
  honour: 'sichuan-technical-expert',
  round: '2024',
});
const idsOf = (list: readonly (readonly [string, readonly CareerFact[]])[]) =>
  list.map(([workerId, facts]) => [workerId, facts.map((f) => f.factId).sort()]);

describe('replay passes of a rebuild', () => {
  it('reads the scattered topics whole first, then each partition number of the others together', () => {
    const passes = replayPasses(ranges, ['competition']);
    expect(passes.map((p) => [p.hold, p.ranges.map(rangeKey)])).toEqual([
      [true, ['competition|0', 'competition|1', 'competition|2']],
      [false, ['certification|0', 'talent|0']],
      [false, ['certification|1', 'talent|1']],
      [false, ['certification|2', 'talent|2']],
    ]);
  });

  it('has no holding pass when nothing is scattered', () => {
    expect(replayPasses(ranges, []).map((p) => p.hold)).toEqual([false, false, false]);
  });

  it('counts the events between the watermarks', () => {
    expect(eventsIn([range('a', 0, 10, 4), range('a', 1, 3)])).toBe(9);
  });
});

describe('group lag', () => {
  const now = [range('a', 0, 10), range('a', 1, 7, 2), range('b', 0, 5)];

  it('is what lies between the committed offset and the high watermark, from low where nothing was committed', () => {
    const committed = new Map([
      ['a|0', 8],
      ['b|0', 5],
    ]);
    expect(groupLag(now, committed)).toBe(2 + 5 + 0);
  });

  it('is 0 once every partition is committed to its end, and never negative', () => {
    expect(
      groupLag(
        now,
        new Map([
          ['a|0', 10],
          ['a|1', 9],
          ['b|0', 5],
        ]),
      ),
    ).toBe(0);
  });
});

describe('worker facts grouped pass by pass', () => {
  it('ends a pass with each worker and their held facts, each fact once', () => {
    const workers = new WorkerFacts();
    workers.hold([honour('m1', 'w1'), honour('m2', 'w3')]);
    workers.add([honour('a', 'w1'), honour('b', 'w2'), honour('a', 'w1')]);
    expect(idsOf(workers.endPass())).toEqual([
      ['w1', ['a', 'm1']],
      ['w2', ['b']],
    ]);
    workers.add([honour('c', 'w4')]);
    expect(idsOf(workers.endPass())).toEqual([['w4', ['c']]]);
    expect(idsOf(workers.endHeld())).toEqual([['w3', ['m2']]]);
    expect(workers.late()).toEqual([]);
  });

  it('names a worker met again after their pass as late, to be recomputed from the stored facts', () => {
    const workers = new WorkerFacts();
    workers.add([honour('a', 'w1')]);
    workers.endPass();
    workers.add([honour('b', 'w1'), honour('c', 'w2')]);
    expect(idsOf(workers.endPass())).toEqual([['w2', ['c']]]);
    workers.hold([honour('d', 'w2')]);
    expect(workers.endHeld()).toEqual([]);
    expect(workers.late().sort()).toEqual(['w1', 'w2']);
  });
});

describe('stale sets', () => {
  it('finds the sets other than those kept, and nothing else of the database', () => {
    const names = [
      'v1_facts',
      'v1_summaries',
      'v2_0a1b2c_facts',
      'v2_0a1b2c_references',
      'v3_ffffff_facts',
      'processed_events',
      'read_side_epochs',
      'leases',
    ];
    expect(staleSets(names, new Set(['v3_ffffff', 'v2_0a1b2c']))).toEqual(['v1']);
    expect(staleSets(names, new Set(['v3_ffffff']))).toEqual(['v1', 'v2_0a1b2c']);
  });
});
