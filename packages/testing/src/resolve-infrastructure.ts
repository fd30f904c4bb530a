import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface Infrastructure {
  readonly kafkaBrokers: string;
  readonly mongoUrl: string;
  readonly stop: () => Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/**
 * Order of precedence: KAFKA_BROKERS / MONGO_URL when set (CI sets both after `infra/local up`);
 * else testcontainers when a Docker engine answers; else the local stack (`infra/local/up.sh`),
 * which is left running for the next run.
 */
export async function resolveInfrastructure(env: NodeJS.ProcessEnv): Promise<Infrastructure> {
  const kafkaBrokers = env.KAFKA_BROKERS;
  const mongoUrl = env.MONGO_URL;
  if (kafkaBrokers && mongoUrl) return { kafkaBrokers, mongoUrl, stop: async () => {} };
  if (env.TESTCONTAINERS !== '0' && (await dockerReachable())) return startContainers(kafkaBrokers, mongoUrl);
  await run('bash', [`${repoRoot}infra/local/up.sh`], { cwd: repoRoot });
  return {
    kafkaBrokers: kafkaBrokers ?? '127.0.0.1:9092',
    mongoUrl: mongoUrl ?? 'mongodb://127.0.0.1:27017/?directConnection=true',
    stop: async () => {},
  };
}

async function dockerReachable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(kafkaBrokers?: string, mongoUrl?: string): Promise<Infrastructure> {
  const stops: Array<() => Promise<unknown>> = [];
  let brokers = kafkaBrokers;
  let url = mongoUrl;
  if (!brokers) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const kafka = await new KafkaContainer('confluentinc/cp-kafka:8.0.0').start();
    stops.push(() => kafka.stop());
    brokers = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
    await run('pnpm', ['exec', 'tsx', 'scripts/ensure-topics.ts'], {
      cwd: `${repoRoot}packages/messaging`,
      env: { ...process.env, KAFKA_BROKERS: brokers },
    });
  }
  if (!url) {
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    const mongo = await new MongoDBContainer('mongo:8.0').start();
    stops.push(() => mongo.stop());
    url = `${mongo.getConnectionString()}/?directConnection=true`;
  }
  return {
    kafkaBrokers: brokers,
    mongoUrl: url,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
