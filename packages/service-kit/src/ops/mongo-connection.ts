import { MongoClient } from 'mongodb';

export type MongoFlavour = 'mongodb' | 'ferretdb';

export interface MongoConnection {
  readonly client: MongoClient;
  readonly flavour: MongoFlavour;
}

interface WarnLogger {
  warn(details: object, message: string): void;
}

/** FerretDB adds `ferretdbVersion` to buildInfo; the code must be correct on both (docs/architecture.md). */
export async function detectMongoFlavour(client: MongoClient): Promise<MongoFlavour> {
  const info = await client.db('admin').command({ buildInfo: 1 });
  return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
}

/**
 * Connects and reads buildInfo once. On FerretDB it says so in the log: no transactions or change
 * streams there, and updates are read-then-write, so exactly-once rests on unique inserts.
 */
export async function connectMongo(url: string, logger: WarnLogger): Promise<MongoConnection> {
  const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 10_000 });
  const flavour = await detectMongoFlavour(client);
  if (flavour === 'ferretdb') {
    logger.warn({ flavour }, 'running on FerretDB: no transactions, no change streams; writes rely on unique inserts');
  }
  return { client, flavour };
}
