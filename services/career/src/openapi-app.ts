import { emptyCatalogue } from '@tianfu/catalogue-view/state';
import { Topics } from '@tianfu/contracts';
import { kafkaClient } from '@tianfu/messaging';
import { type App, DEV_JWT_SECRET, personalDataConfigSchema } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { careerRebuild } from './application/rebuild/career-rebuild.ts';
import { careerStorage } from './storage.ts';

/**
 * The app main.ts serves, on a scratch database, for writing its OpenAPI document
 * (docs/openapi/career.json): with the rebuild command, whose routes are part of it; the Kafka
 * client is never connected, since no route is called, and the catalogue is empty.
 */
export async function openApiApp({
  db,
  brokers,
}: {
  readonly db: Db;
  readonly brokers: readonly string[];
}): Promise<App> {
  const clock = () => new Date();
  const storage = await careerStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const rebuild = careerRebuild({
    db,
    kafka: kafkaClient(brokers, 'career-openapi'),
    topics: [Topics.assessment, Topics.certification, Topics.competition, Topics.talent],
    scatteredTopics: [Topics.competition],
    projection: storage.projection,
    pointer: storage.pointer,
    today: storage.today,
    clock,
  });
  const deps = { storage, rebuild, identity: db, authSecret: DEV_JWT_SECRET, clock, version: pkg.version } as const;
  const { app } = await buildApp({ ...deps, catalogue: { current: emptyCatalogue }, logLevel: 'silent' });
  return app;
}
