import { MongoClient } from 'mongodb';

export type MongoFlavour = 'mongodb' | 'ferretdb';

/** FerretDB adds `ferretdbVersion` to buildInfo; code must be correct on both (ARCHITECTURE.md). */
export async function detectFlavour(mongoUrl: string): Promise<MongoFlavour> {
  const client = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  try {
    const info = await client.db('admin').command({ buildInfo: 1 });
    return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
  } finally {
    await client.close();
  }
}
