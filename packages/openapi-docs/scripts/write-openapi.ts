import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { MongoClient } from 'mongodb';
import { documentedServices, documentFile, servedDocument, stableJson } from '../src/index.ts';

// `pnpm run openapi:write`: builds each service's app in-process, as main.ts does, on a scratch
// database of the MongoDB-wire server (MONGO_URL, the local stack's by default), and writes the
// document it serves to docs/openapi/<service>.json. Nothing is sent to Kafka (KAFKA_BROKERS).
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?directConnection=true';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 5_000 }).catch((error: Error) => {
  console.error(`openapi:write needs the MongoDB-wire server at ${mongoUrl} (npm run up): ${error.message}`);
  process.exit(1);
});
try {
  for (const service of documentedServices) {
    const db = client.db(`openapi-${service}-${randomUUID().slice(0, 8)}`);
    try {
      const document = await servedDocument(service, { db, brokers });
      const file = documentFile(service);
      await writeFile(file.path, stableJson(document));
      const paths = Object.keys((document as { paths?: object }).paths ?? {}).length;
      console.warn(`wrote ${file.name} (${paths} paths)`);
    } finally {
      await db.dropDatabase();
    }
  }
} finally {
  await client.close();
}
