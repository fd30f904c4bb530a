import { randomUUID } from 'node:crypto';
import { Topics } from '@tianfu/contracts';
import { certificateFactsPolicy } from '@tianfu/platform-certificates';
import { connectService, loadConfigOrExit, serviceActor, serviceConfigSchema } from '@tianfu/service-kit';
import { sichuanPublications } from '@tianfu/subsidy-rules';
import pkg from '../package.json' with { type: 'json' };
import { buildApp } from './app.ts';
import { ruleSetCommands } from './application/rule-set-commands.ts';
import { trainingFactsPolicy } from './application/training-facts-policy.ts';
import { subsidyStorage } from './storage.ts';

const config = loadConfigOrExit(serviceConfigSchema({ name: 'subsidy', database: 'subsidy', port: 4107 }));
const clock = () => new Date();
const service = await connectService(config, clock);
const storage = await subsidyStorage(service.db, service.identity, config, clock);
// Certificates are shown with their occupation's name from the catalogue: /ready waits until it is held.
const catalogue = await service.holdCatalogue();

// The rule sets this release ships (Sichuan's, docs/domain.md §7.8) are published where the registry lacks them.
const shipping = { actor: serviceActor(config.SERVICE_NAME), correlationId: randomUUID() };
await ruleSetCommands(storage.store).publishShipped(sichuanPublications, shipping);
const { app, readModels } = await buildApp({ storage, catalogue, ...service.appDeps(pkg.version) });
// Writes the claim index where a command could not after its commit, or a crash left it unwritten.
await service.repairReadModels(Topics.subsidy, readModels, app);
await service.relay(storage.store, Topics.subsidy, app);
await service.consume('certificate-facts', [Topics.certification], certificateFactsPolicy(storage.certificates), app);
await service.consume('training-facts', [Topics.training], trainingFactsPolicy(storage.training), app);
await service.run(app);
