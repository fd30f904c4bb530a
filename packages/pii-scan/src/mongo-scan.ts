import { BSON, type MongoClient } from 'mongodb';

const { EJSON } = BSON;

import type { PiiFinder } from './pii-finder.ts';
import type { Hit, PlaceScan } from './scan-report.ts';

/** Every database the platform's services write: one per service, and the shared per-worker keys. */
export const platformDatabases = [
  'assessment',
  'certification',
  'talent',
  'competition',
  'career',
  'catalogue',
  'training',
  'subsidy',
  'identity',
] as const;

/** Reads every document of every collection of `databases`, as extended JSON (sealed binaries in base64). */
export async function scanMongo(
  client: MongoClient,
  finder: PiiFinder,
  databases: readonly string[],
): Promise<PlaceScan> {
  const listed = await client.db('admin').admin().listDatabases({ nameOnly: true });
  const present = new Set(listed.databases.map((d) => d.name));
  const hits: Hit[] = [];
  let collections = 0;
  let documents = 0;
  for (const name of databases.filter((d) => present.has(d))) {
    const db = client.db(name);
    const listedCollections = await db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name: collection } of listedCollections.filter((c) => !c.name.startsWith('system.'))) {
      collections += 1;
      for await (const doc of db.collection(collection).find({}, { batchSize: 1_000 })) {
        documents += 1;
        const where = `${name}.${collection}/${finder.redact(EJSON.stringify(doc._id))}`;
        hits.push(...finder.find(EJSON.stringify(doc)).map((finding): Hit => ({ place: 'mongodb', where, finding })));
      }
    }
  }
  const absent = databases.filter((d) => !present.has(d));
  const scope = `${databases.length} databases (${databases.join(', ')}${absent.length > 0 ? `; absent: ${absent.join(', ')}` : ''})`;
  return { place: 'mongodb', scanned: `${scope}, ${collections} collections, ${documents} documents`, hits };
}
