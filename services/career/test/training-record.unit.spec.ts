import { describe, expect, it } from 'vitest';
import { projectEnvelope } from '../src/application/career-policy.ts';
import { ReadIndex } from '../src/application/read-index.ts';
import type { CareerFact } from '../src/domain/career-facts.ts';
import { trainingRecord } from '../src/domain/training-record.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';
import { classCompleted, classFiled, providerRegistered, traineeEnrolled, traineeOutcome } from './training-samples.ts';

const workerId = 'c'.repeat(64);

// Given training's events as career reads them: facts for the worker, references into an index.
const given = (...envelopes: ReturnType<typeof classFiled>[]) => {
  const index = new ReadIndex();
  const facts: CareerFact[] = [];
  for (const envelope of envelopes) {
    const projected = projectEnvelope(envelope);
    if (projected === null) continue;
    index.putReferences(projected.references);
    facts.push(...projected.facts);
  }
  return { index, facts };
};

describe('the lifelong training record (终身职业技能培训电子档案, docs/domain.md §7)', () => {
  it('given a class completed, when the record is read, then it shows the class, provider, hours, result and 培训合格证书', () => {
    const { index, facts } = given(
      providerRegistered('p-1', '510100'),
      classFiled('c-1', 'p-1'),
      traineeEnrolled('c-1', 'p-1', '00001', workerId),
      traineeOutcome('c-1', 'p-1', '00001', workerId, 'PX-2024-00001'),
    );
    const record = trainingRecord(workerId, facts, index);
    expect(record.entries).toHaveLength(1);
    expect(record.entries[0]).toMatchObject({
      entry: 'class',
      classId: 'c-1',
      enrolledOn: '2024-02-20',
      result: 'completed',
      attendedHours: 14,
      completedOn: '2024-03-04',
      certificateNo: 'PX-2024-00001',
      provider: { name: 'p-1 技师学院', providerKind: 'technical-school', regionCode: '510100' },
      class: { trainingKind: 'employment', brand: 'sichuan-cuisine-chef', subsidised: true, hours: 14 },
    });
    expect(record.entries[0]?.class).toMatchObject({ firstDay: '2024-03-02', lastDay: '2024-03-03' });
  });

  it('given an enrolment whose class has not ended, then it is in progress with no hours yet; a non-completer has no certificate', () => {
    const { index, facts } = given(
      traineeEnrolled('c-2', 'p-1', '00003', workerId),
      traineeEnrolled('c-3', 'p-1', '00004', workerId),
      traineeOutcome('c-3', 'p-1', '00004', workerId, null),
    );
    const byClass = new Map(trainingRecord(workerId, facts, index).entries.map((e) => [e.classId, e]));
    expect(byClass.get('c-2')).toMatchObject({
      result: 'in-progress',
      attendedHours: null,
      class: null,
      provider: null,
    });
    expect(byClass.get('c-3')).toMatchObject({ result: 'not-completed', attendedHours: 7, certificateNo: null });
  });

  it('given the same events delivered twice and in another order, then the record and summary are the same', () => {
    const events = [
      traineeOutcome('c-1', 'p-1', '00001', workerId, 'PX-1'),
      traineeEnrolled('c-1', 'p-1', '00001', workerId),
    ];
    const once = given(...events);
    const twice = given(...events, ...[...events].reverse());
    expect(trainingRecord(workerId, twice.facts, twice.index)).toEqual(
      trainingRecord(workerId, once.facts, once.index),
    );
    expect(summariseWorker(workerId, twice.facts, '2025-01-01').trainings).toEqual([
      { classId: 'c-1', completedOn: '2024-03-04' },
    ]);
  });

  it('given training facts only, then the ladder holds no step, the summary lists only completed classes and names the trainee as enrolled', () => {
    const enrolled = traineeEnrolled('c-1', 'p-1', '00001', workerId);
    const { facts } = given(enrolled, traineeOutcome('c-1', 'p-1', '00001', workerId, null));
    const summary = summariseWorker(workerId, facts, '2025-01-01');
    expect(summary).toMatchObject({ highest: null, trainings: [], factCount: 2 });
    // Sealed as training sealed it: the talent pool masks it, erasure makes it unreadable.
    expect(summary.holderName).toBe((enrolled.data as { holderName: string }).holderName);
  });

  it('the class’s own completion adds nothing: each trainee’s outcome is their fact', () => {
    expect(projectEnvelope(classCompleted('c-1', 'p-1'))).toBeNull();
  });
});
