import { emptyCatalogue } from '@tianfu/catalogue-view/state';
import { Topics } from '@tianfu/contracts';
import { kafkaClient } from '@tianfu/messaging';
import { type App, openApiScratch } from '@tianfu/service-kit';
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
  const scratch = openApiScratch(pkg.version);
  const storage = await careerStorage(db, db, scratch.personalData, scratch.clock);
  const rebuild = careerRebuild({
    db,
    kafka: kafkaClient(brokers, 'career-openapi'),
    topics: [Topics.assessment, Topics.certification, Topics.competition, Topics.talent],
    scatteredTopics: [Topics.competition],
    projection: storage.projection,
    pointer: storage.pointer,
    today: storage.today,
    clock: scratch.clock,
  });
  const { app } = await buildApp({
    storage,
    rebuild,
    identity: db,
    ...scratch.app,
    catalogue: { current: emptyCatalogue },
  });
  return app;
}
