import { type App, openApiScratch } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { talentStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/talent-registry.json): routes and schemas do not depend on the data or the keys.
 */
export async function openApiApp({ db }: { readonly db: Db }): Promise<App> {
  const scratch = openApiScratch(pkg.version);
  const storage = await talentStorage(db, db, scratch.personalData, scratch.clock);
  const { app } = await buildApp({ ...storage, ...scratch.app });
  return app;
}
