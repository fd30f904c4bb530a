import { Topics } from '@tianfu/contracts';
import { OutboxRelay, soleLease } from '@tianfu/eventstore';
import { createKafkaPublisher, ensureTopics, kafkaClient } from '@tianfu/messaging';
import { DEV_JWT_SECRET, signToken } from '@tianfu/service-kit';
import { uniqueName } from '@tianfu/testing';
import { MongoClient } from 'mongodb';
import { buildApp } from '../src/app.ts';
import { catalogueStorage } from '../src/storage.ts';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';

/**
 * The catalogue app as main.ts wires it (store, HTTP, outbox relay), in this process, on a database
 * and a topic of the bench's own, so a running platform is not disturbed; listening on loopback.
 */
export async function startBenchCatalogue() {
  const name = uniqueName('bench_catalogue');
  const topic = `${name.toLowerCase().replace(/_/g, '-')}.${Topics.catalogue}`;
  const kafka = kafkaClient(brokers, 'bench-catalogue');
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  const client = await MongoClient.connect(mongoUrl);
  const db = client.db(name);
  const clock = () => new Date();
  const storage = await catalogueStorage(db, clock);
  const { app } = await buildApp({ ...storage, authSecret: DEV_JWT_SECRET, clock, version: 'bench', logLevel: 'warn' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const publisher = createKafkaPublisher({ kafka, topic });
  const relay = new OutboxRelay({ store: storage.store, publisher, lease: soleLease, logger: app.log });
  relay.start();
  const principal = { sub: 'bench-authority', role: 'admin' as const };
  const token = await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() });
  return {
    kafka,
    topic,
    url,
    store: storage.store,
    /** POSTs one sheet to the admin import route; throws unless it was applied. */
    async importSheet(sheet: string, csv: string) {
      const response = await fetch(`${url}/v1/catalogue/imports/${sheet}?reason=${encodeURIComponent('基准测试')}`, {
        method: 'POST',
        body: csv,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`import ${sheet}: ${response.status} ${text.slice(0, 600)}`);
    },
    /** Stops the relay and the app, and drops the bench's database and topics. */
    async stop() {
      await relay.stop();
      await publisher.disconnect();
      await app.close();
      await db.dropDatabase();
      await client.close();
      await admin.deleteTopics({ topics: [topic, `${topic}.raw`] });
      await admin.disconnect();
    },
  };
}
