import { hostname } from 'node:os';
import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { careerPolicy } from './application/career-policy.ts';
import { careerRebuild } from './application/rebuild/career-rebuild.ts';
import { replicaGroups } from './application/rebuild/replica-groups.ts';
import { careerStorage } from './storage.ts';

const config = loadConfigOrExit(
  serviceConfigSchema({ name: 'career', database: 'career', port: 4105 }).extend({
    // Names this instance's consumer groups (replica-groups.ts): stable across its restarts, one per instance.
    REPLICA: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -, at most 40')
      .default(
        hostname()
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '-')
          .slice(0, 40) || 'main',
      ),
  }),
);
const clock = () => new Date();
const CALENDAR_CHECK_MS = 15 * 60_000;
const service = await connectService(config, clock);
const topics = [Topics.assessment, Topics.certification, Topics.competition, Topics.talent, Topics.training];
// Topics keep everything (retention.ms=-1): the first group of a set reads from offset 0 and builds the whole read side.
const projection = (set: string) => `projection-${set}`;
const replicas = replicaGroups(
  service.kafka,
  (set) => `${config.SERVICE_NAME}-${projection(set)}`,
  config.REPLICA,
  topics.map(service.topicName),
);
const storage = await careerStorage(service.db, service.identity, config, clock, replicas.claim);

const rebuild = careerRebuild({
  db: service.db,
  kafka: service.kafka,
  topics: topics.map(service.topicName),
  // Results are keyed by their competition's stream and name many workers.
  scatteredTopics: [service.topicName(Topics.competition)],
  projection: storage.projection,
  pointer: storage.pointer,
  today: storage.today,
  clock,
});
const catalogue = await service.holdCatalogue();
const { app } = await buildApp({
  storage,
  rebuild,
  catalogue,
  identity: service.identity,
  ...service.appDeps(pkg.version),
});
await storage.projection.run(
  {
    start: (side) =>
      service.consume(
        `${projection(side.set)}-${config.REPLICA}`,
        topics,
        careerPolicy(side, storage.groupCounts),
        app,
      ),
    groupOf: replicas.groupOf,
  },
  app.log,
);
// Summaries are computed as of a day: those a later day changes without a new fact (a lapsed term) are recomputed.
const calendar = setInterval(() => {
  storage
    .readSide()
    .summaries.refreshChanged()
    .catch((err: unknown) => app.log.warn({ err }, 'recomputing summaries the calendar changed failed'));
}, CALENDAR_CHECK_MS);
app.addHook('onClose', async () => {
  clearInterval(calendar);
  await rebuild.stop();
  await storage.projection.stop();
});
await service.run(app);
