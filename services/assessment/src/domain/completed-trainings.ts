import type { CompletedTraining } from '@tianfu/skill-rules';
import type { ClassFact, TrainingFact } from './training-facts.ts';

type Fact<K extends TrainingFact['kind']> = Extract<TrainingFact, { kind: K }>;

/**
 * Each worker's completed trainings (docs/domain.md §2.3 evidence, §7.5, §7.6) from their facts and
 * the facts of the classes they completed. A completion whose class has not arrived yet, or whose
 * class trains a 专项职业能力 item (no occupation, no levels), is no evidence for a level.
 */
export function completedTrainings(facts: readonly TrainingFact[]): Map<string, CompletedTraining[]> {
  const classes = new Map<string, ClassFact>();
  for (const fact of facts) if (fact.kind === 'class') classes.set(fact.classId, fact);
  const byWorker = new Map<string, CompletedTraining[]>();
  const add = (workerId: string, training: CompletedTraining) =>
    byWorker.set(workerId, [...(byWorker.get(workerId) ?? []), training]);
  for (const fact of facts) {
    if (fact.kind === 'apprenticeship') add(fact.workerId, fromAgreement(fact));
    if (fact.kind !== 'completion') continue;
    const filed = classes.get(fact.classId);
    if (filed?.item.kind === 'occupation') add(fact.workerId, fromClass(fact, filed, filed.item.code));
  }
  return byWorker;
}

const fromAgreement = (fact: Fact<'apprenticeship'>): CompletedTraining => ({
  source: 'apprenticeship',
  id: fact.apprenticeshipId,
  providerId: fact.providerId,
  occupationCode: fact.occupationCode,
  targetLevel: fact.targetLevel,
  kind: 'apprenticeship',
  hours: fact.hours,
  completedOn: fact.completedOn,
  certificateNo: null,
});

const fromClass = (fact: Fact<'completion'>, filed: ClassFact, occupationCode: string): CompletedTraining => ({
  source: 'class',
  id: fact.classId,
  providerId: fact.providerId,
  occupationCode,
  targetLevel: filed.targetLevel,
  kind: filed.trainingKind,
  hours: fact.hours,
  completedOn: fact.completedOn,
  certificateNo: fact.certificateNo,
});
