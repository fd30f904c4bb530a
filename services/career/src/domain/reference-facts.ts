import type { BaseRegisteredData, CompetitionTier } from '@tianfu/contracts';
import type { ClassReference, ProviderReference } from './training-references.ts';

/**
 * What the career projection keeps of things that are not one worker's: bodies (their 市(州)),
 * competitions (their names), the bases the plan counts (docs/domain.md §5.3), training providers
 * and classes (§7.1). Each is recorded once,
 * `_id` = kind + id, and joined when read, so arrival order across topics cannot matter.
 */
export type ReferenceFact = BodyReference | CompetitionReference | BaseReference | ProviderReference | ClassReference;

export interface BodyReference {
  readonly kind: 'body';
  readonly referenceId: string;
  readonly name: string;
  readonly regionCode: string;
}

export interface CompetitionReference {
  readonly kind: 'competition';
  readonly referenceId: string;
  readonly name: string;
  readonly tier: CompetitionTier;
  readonly year: number;
}

export interface BaseReference {
  readonly kind: 'base';
  readonly referenceId: string;
  readonly baseKind: BaseRegisteredData['kind'];
  readonly level: BaseRegisteredData['level'];
  readonly regionCode: string;
  readonly industry: string;
  readonly establishedOn: string;
}

export const referenceKey = (fact: Pick<ReferenceFact, 'kind' | 'referenceId'>): string =>
  `${fact.kind}:${fact.referenceId}`;
