import { Topics } from '@tianfu/contracts';
import { connectService, loadConfigOrExit, serviceConfigSchema } from '@tianfu/service-kit';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { careerPolicy } from './application/career-policy.ts';
import { careerStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'career', database: 'career', port: 4105 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await careerStorage(service.db, service.identity, config, clock);

const app = await buildApp({ storage, identity: service.identity, ...service.appDeps(pkg.version) });
// Topics keep everything (retention.ms=-1): a new group reads from offset 0 and builds the whole read side.
await service.consume(
  `projection-${storage.readSide().set}`,
  [Topics.assessment, Topics.certification, Topics.competition, Topics.talent],
  careerPolicy(storage.readSide()),
  app,
);
await service.run(app);
