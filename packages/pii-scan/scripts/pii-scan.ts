// `pnpm pii-scan`: every `tianfu.*` topic from offset 0, every database of the platform and every
// log under .local/ searched for raw 居民身份证号 and for the names a test wrote (TIANFU_PII_NAMES_FILE).
// Prints each hit masked with where it is, a line per place, and exits 1 on any hit.
// Options narrow the scope: --topic T, --db D (repeatable), --logs DIR, --names-file F, --name N, --skip kafka|mongodb|logs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { kafkaClient, kafkaClientNamed } from '@tianfu/messaging';
import { MongoClient } from 'mongodb';
import {
  namesFileVariable,
  type PlaceScan,
  piiFinder,
  platformDatabases,
  readScannedNames,
  reportLines,
  scanKafka,
  scanLogs,
  scanMongo,
} from '../src/index.ts';

const root = join(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    topic: { type: 'string', multiple: true },
    db: { type: 'string', multiple: true },
    logs: { type: 'string', default: process.env.TIANFU_LOCAL_DIR || join(root, '.local') },
    'names-file': { type: 'string', default: process.env[namesFileVariable] || join(root, '.local/pii-names.txt') },
    name: { type: 'string', multiple: true, default: [] },
    skip: { type: 'string', multiple: true, default: [] },
  },
});
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/?directConnection=true';

const names = [...(await readScannedNames(values['names-file'])), ...values.name];
const finder = piiFinder(names);
const scans: PlaceScan[] = [];
if (!values.skip.includes('kafka'))
  scans.push(
    await scanKafka(kafkaClient(brokers, 'pii-scan', kafkaClientNamed(process.env.KAFKA_CLIENT)), finder, values.topic),
  );
if (!values.skip.includes('mongodb')) {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  try {
    scans.push(await scanMongo(client, finder, values.db ?? platformDatabases));
  } finally {
    await client.close();
  }
}
if (!values.skip.includes('logs')) scans.push(await scanLogs(values.logs, finder));
process.stdout.write(`${reportLines(scans, new Set(names).size).join('\n')}\n`);
process.exitCode = scans.some((s) => s.hits.length > 0) ? 1 : 0;
