import type { Db } from 'mongodb';
import type { CataloguePort } from '../src/application/catalogue-port.ts';
import { heldCatalogue } from './career-samples.ts';

/**
 * What career's buildApp takes in its app tests beside storage (and rebuild): tokens signed with
 * the suite's `authSecret`, the suite's clock, silent logs, and the test catalogue unless a suite
 * holds another.
 */
export const testAppDeps = (
  identity: Db,
  authSecret: string,
  clock: () => Date,
  catalogue: CataloguePort = heldCatalogue(),
) => ({ identity, catalogue, authSecret, clock, version: 'test', logLevel: 'silent' }) as const;
