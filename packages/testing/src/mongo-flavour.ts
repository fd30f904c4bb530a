import { detectMongoFlavour, type MongoFlavour } from '@tianfu/service-kit';
import { MongoClient } from 'mongodb';

export type { MongoFlavour };

export async function detectFlavour(mongoUrl: string): Promise<MongoFlavour> {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 10_000 });
  try {
    return await detectMongoFlavour(client);
  } finally {
    await client.close();
  }
}
