import type { Client } from 'openapi-fetch';
import type { paths as AssessmentPaths } from './generated/assessment.ts';
import type { paths as CareerPaths } from './generated/career.ts';
import type { paths as CataloguePaths } from './generated/catalogue.ts';
import type { paths as CertificationPaths } from './generated/certification.ts';
import type { paths as CompetitionPaths } from './generated/competition.ts';
import type { paths as SubsidyPaths } from './generated/subsidy.ts';
import type { paths as TalentRegistryPaths } from './generated/talent-registry.ts';
import type { paths as TrainingPaths } from './generated/training.ts';

/** Each service's paths, as generated from its committed OpenAPI document (docs/openapi/). */
export interface ServicePaths {
  readonly assessment: AssessmentPaths;
  readonly certification: CertificationPaths;
  readonly talentRegistry: TalentRegistryPaths;
  readonly competition: CompetitionPaths;
  readonly career: CareerPaths;
  readonly catalogue: CataloguePaths;
  readonly training: TrainingPaths;
  readonly subsidy: SubsidyPaths;
}

export type ServiceName = keyof ServicePaths;

export const SERVICE_NAMES = [
  'assessment',
  'certification',
  'talentRegistry',
  'competition',
  'career',
  'catalogue',
  'training',
  'subsidy',
] as const satisfies readonly ServiceName[];

/** A typed openapi-fetch client per service. */
export type Clients = { readonly [S in ServiceName]: Client<ServicePaths[S]> };
