import { type Db, MongoClient } from 'mongodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { uniqueName } from './unique-name.ts';
import './provided-context.ts';

/**
 * A database of this suite's own on the MongoDB-wire server of the global setup, dropped after
 * the suite. Call at the top of a spec file or describe; use the getter inside tests and hooks.
 */
export function useTestDatabase(prefix: string): () => Db {
  let client: MongoClient | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    client = await MongoClient.connect(inject('mongoUrl'));
    db = client.db(uniqueName(prefix));
  });
  afterAll(async () => {
    await db?.dropDatabase();
    await client?.close();
  });
  return () => {
    if (!db) throw new Error('useTestDatabase: the database exists only inside tests and hooks');
    return db;
  };
}
