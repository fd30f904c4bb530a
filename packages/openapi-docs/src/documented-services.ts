import { openApiApp as assessment } from '@tianfu/assessment/openapi-app';
import { openApiApp as career } from '@tianfu/career/openapi-app';
import { openApiApp as catalogue } from '@tianfu/catalogue/openapi-app';
import { openApiApp as certification } from '@tianfu/certification/openapi-app';
import { openApiApp as competition } from '@tianfu/competition/openapi-app';
import type { App } from '@tianfu/service-kit';
import { openApiApp as subsidy } from '@tianfu/subsidy/openapi-app';
import { openApiApp as talentRegistry } from '@tianfu/talent-registry/openapi-app';
import { openApiApp as training } from '@tianfu/training/openapi-app';
import type { Db } from 'mongodb';

/** What building a service's app needs: a scratch database, and brokers a client may name but never reaches. */
export interface ScratchInfrastructure {
  readonly db: Db;
  readonly brokers: readonly string[];
}

/** Each service whose document is committed under docs/openapi/, with the app main.ts serves. */
export const DOCUMENTED_SERVICES = {
  assessment,
  certification,
  'talent-registry': talentRegistry,
  competition,
  career,
  catalogue,
  training,
  subsidy,
} as const satisfies Record<string, (infra: ScratchInfrastructure) => Promise<App>>;

export type DocumentedService = keyof typeof DOCUMENTED_SERVICES;

export const documentedServices = Object.keys(DOCUMENTED_SERVICES) as DocumentedService[];
