import type { ApprenticeStage, DeliveryModel, SealedTargetGroups, SkillLevelKey } from '@tianfu/contracts';
import type { ApprenticeshipFacts, CompletionFacts } from '@tianfu/subsidy-rules';

/**
 * What the subsidy service keeps of training's events (docs/domain.md §7.9), one insert-only fact
 * per event (`_id` = its eventId), so a redelivery adds nothing and the order they came in never
 * changes an answer. Target groups stay sealed under the worker's key: only a claim opens them.
 */
export type TrainingFact =
  | {
      readonly _id: string;
      readonly kind: 'class';
      readonly classId: string;
      readonly providerId: string;
      readonly occupationCode: string | null;
      readonly targetLevel: SkillLevelKey | null;
      readonly deliveryModel: DeliveryModel;
      readonly subsidised: boolean;
    }
  | {
      readonly _id: string;
      readonly kind: 'enrolled';
      readonly classId: string;
      readonly workerId: string;
      readonly enrolmentId: string;
      readonly targetGroups: SealedTargetGroups;
    }
  | {
      readonly _id: string;
      readonly kind: 'outcome';
      readonly classId: string;
      readonly workerId: string;
      readonly enrolmentId: string;
      readonly completed: boolean;
      readonly attendedHours: number;
      readonly on: string;
    }
  | {
      readonly _id: string;
      readonly kind: 'agreed';
      readonly apprenticeshipId: string;
      readonly workerId: string;
      readonly employerCode: string;
      readonly providerId: string;
      readonly occupationCode: string;
      readonly targetLevel: SkillLevelKey;
      readonly startsOn: string;
      readonly plannedEndOn: string;
    }
  | {
      readonly _id: string;
      readonly kind: 'apprenticeship-completed' | 'apprenticeship-terminated';
      readonly apprenticeshipId: string;
      readonly workerId: string;
      readonly on: string;
    };

type FactOf<K extends TrainingFact['kind']> = Extract<TrainingFact, { kind: K }>;

const ofKind = <K extends TrainingFact['kind']>(facts: readonly TrainingFact[], kind: K): FactOf<K>[] =>
  facts.filter((f): f is FactOf<K> => f.kind === kind);

/** The earliest day of facts of a kind, so a fact told twice (two event ids) reads as one. */
const firstOn = (facts: readonly { readonly on: string }[]): string | null => facts.map((f) => f.on).sort()[0] ?? null;

/** A class as a claim reads it, with the worker's enrolment (its sealed groups) and outcome; null without the class. */
export function classCompletion(
  facts: readonly TrainingFact[],
  workerId: string,
): (Omit<CompletionFacts, 'targetGroups'> & { readonly sealedGroups: SealedTargetGroups | null }) | null {
  const filed = ofKind(facts, 'class')[0];
  if (filed === undefined) return null;
  const own = facts.filter((f) => 'workerId' in f && f.workerId === workerId);
  // Completion is decided once per trainee; were two outcomes told, the later decides.
  const outcome = ofKind(own, 'outcome')
    .sort((a, b) => a.on.localeCompare(b.on))
    .at(-1);
  const { classId, providerId, occupationCode, targetLevel, subsidised, deliveryModel } = filed;
  return {
    classId,
    providerId,
    occupationCode,
    targetLevel,
    subsidised,
    deliveryModel,
    outcome: outcome === undefined ? null : { completed: outcome.completed, on: outcome.on },
    sealedGroups: ofKind(own, 'enrolled')[0]?.targetGroups ?? null,
  };
}

/** An agreement with how it ended, for the year and stage claimed; null when no agreement is known. */
export function apprenticeshipClaimed(
  facts: readonly TrainingFact[],
  agreementYear: number,
  stage: ApprenticeStage,
): (ApprenticeshipFacts & { readonly workerId: string; readonly providerId: string }) | null {
  const agreed = ofKind(facts, 'agreed')[0];
  if (agreed === undefined) return null;
  const { _id, kind, ...agreement } = agreed;
  return {
    ...agreement,
    agreementYear,
    stage,
    completedOn: firstOn(ofKind(facts, 'apprenticeship-completed')),
    terminatedOn: firstOn(ofKind(facts, 'apprenticeship-terminated')),
  };
}
