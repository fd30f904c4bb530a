import { type App, openApiScratch } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { catalogueStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/catalogue.json): routes and schemas do not depend on the data.
 */
export async function openApiApp({ db }: { readonly db: Db }): Promise<App> {
  const scratch = openApiScratch(pkg.version);
  const storage = await catalogueStorage(db, scratch.clock);
  const { app } = await buildApp({ ...storage, ...scratch.app });
  return app;
}
