import { emptyCatalogue } from '@tianfu/catalogue-view/state';
import { type App, openApiScratch } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import type { CataloguePort } from './application/catalogue-port.ts';
import { assessmentStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/assessment.json): routes and schemas do not depend on the data, the keys or the
 * catalogue (empty unless a test hands one in).
 */
export async function openApiApp({
  db,
  catalogue = { current: emptyCatalogue },
}: {
  readonly db: Db;
  readonly catalogue?: CataloguePort;
}): Promise<App> {
  const scratch = openApiScratch(pkg.version);
  const storage = await assessmentStorage(db, db, scratch.personalData, scratch.clock);
  const { app } = await buildApp({ ...storage, ...scratch.app, catalogue });
  return app;
}
