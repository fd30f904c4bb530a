import type { EventEnvelope } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import type { TrainingFacts } from '../src/application/training-facts.ts';
import { trainingFactsPolicy } from '../src/application/training-facts-policy.ts';
import type { TrainingFact } from '../src/domain/training-facts.ts';
import { holderNameOf, workerOf } from './session-fixtures.ts';
import { classCompleted, classFiled, traineeEnrolled, traineeOutcome } from './training-topic-samples.ts';

const context = { topic: 'tianfu.training.events', partition: 0, offset: '0', key: null };

/** Given training's events, when the policy reads them, then the facts it records. */
async function recordedFrom(events: readonly EventEnvelope[]): Promise<TrainingFact[]> {
  const recorded: TrainingFact[] = [];
  const facts: TrainingFacts = {
    record: async (fact) => {
      recorded.push(fact);
    },
    of: async () => new Map(),
    roster: async () => ({ filed: null, completersCounted: null, completers: [] }),
  };
  const handle = trainingFactsPolicy(facts);
  for (const event of events) await handle(event, context);
  return recorded;
}

describe('what assessment keeps of the training topic (docs/domain.md §7.5)', () => {
  it('given a class, its trainees and its completion, then one fact each, keyed by what it is about; a non-completion is not kept', async () => {
    const facts = await recordedFrom([
      classFiled('C-1'),
      traineeEnrolled('C-1', '00001', workerOf(1), holderNameOf(1)),
      traineeOutcome('C-1', '00001', workerOf(1), 'C-1-00001'),
      traineeOutcome('C-1', '00002', workerOf(2), null),
      classCompleted('C-1', 1, 1),
    ]);
    expect(facts.map((f) => f._id)).toEqual([
      'class:C-1',
      'enrolment:C-1:00001',
      'completion:C-1:00001',
      'class-completed:C-1',
    ]);
    expect(facts[2]).toMatchObject({ workerId: workerOf(1), hours: 14, certificateNo: 'C-1-00001' });
  });

  it('given an event its contract refuses, then it throws, for the dead-letter topic', async () => {
    const broken = { ...classFiled('C-2'), data: { classId: 'C-2' } };
    await expect(recordedFrom([broken])).rejects.toThrow();
  });
});
