import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { careerPolicy } from './application/career-policy.ts';
import { careerRebuild } from './application/rebuild/career-rebuild.ts';
import { careerStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'career', database: 'career', port: 4105 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await careerStorage(service.db, service.identity, config, clock);
const topics = [Topics.assessment, Topics.certification, Topics.competition, Topics.talent];

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
const app = await buildApp({ storage, rebuild, identity: service.identity, ...service.appDeps(pkg.version) });
// Topics keep everything (retention.ms=-1): a new group reads from offset 0 and builds the whole read side.
const projection = (set: string) => `projection-${set}`;
await storage.projection.run(
  {
    start: (side) => service.consume(projection(side.set), topics, careerPolicy(side), app),
    groupOf: (set) => `${config.SERVICE_NAME}-${projection(set)}`,
  },
  app.log,
);
app.addHook('onClose', async () => {
  await rebuild.stop();
  await storage.projection.stop();
});
await service.run(app);
