import type { TestProject } from 'vitest/node';
import { detectFlavour } from './mongo-flavour.ts';
import './provided-context.ts';
import { resolveInfrastructure } from './resolve-infrastructure.ts';

/** vitest globalSetup for integration tests: finds or starts Kafka and a MongoDB-wire server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const infra = await resolveInfrastructure(process.env);
  project.provide('kafkaBrokers', infra.kafkaBrokers);
  project.provide('mongoUrl', infra.mongoUrl);
  project.provide('mongoFlavour', await detectFlavour(infra.mongoUrl));
  return infra.stop;
}
