// Used by infra/local/up.sh: waits for the broker, then creates every topic and its .dlq (each after
// KAFKA_TOPIC_PREFIX, for a second platform on the same broker).
import { allTopics } from '@tianfu/contracts';
import { kafkaClient, kafkaClientNamed } from '../src/select-client.ts';
import { ensureTopics, waitForBroker } from '../src/topic-admin.ts';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const admin = kafkaClient(brokers, 'tianfu-ensure-topics', kafkaClientNamed(process.env.KAFKA_CLIENT)).admin();
await admin.connect();
try {
  await waitForBroker(admin, 90_000);
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const created = await ensureTopics(
    admin,
    allTopics().map((topic) => `${prefix}${topic}`),
  );
  console.error(`[local] topics: ${created.length ? `created ${created.join(', ')}` : 'all present'}`);
} finally {
  await admin.disconnect();
}
