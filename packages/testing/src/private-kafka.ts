import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../infra/local/kafka-node.sh', import.meta.url));

/** A broker of a test's own, which the test may stop and start: a real outage, not a mock. */
export interface PrivateKafka {
  readonly brokers: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the broker and deletes its data. */
  destroy(): Promise<void>;
}

export async function privateKafka(): Promise<PrivateKafka> {
  const dir = await mkdtemp(join(tmpdir(), 'tianfu-kafka-'));
  const [port, controllerPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    TIANFU_LOCAL_DIR: dir,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
  };
  const call = (verb: string) => run('bash', [script, verb], { env }).then(() => undefined);
  return {
    brokers: [`127.0.0.1:${port}`],
    start: () => call('up'),
    stop: () => call('down'),
    destroy: async () => {
      await call('down');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
