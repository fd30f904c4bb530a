import { uniqueName } from '@tianfu/testing';
import { type Db, MongoClient } from 'mongodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { MongoEventStore } from '../src/mongo-store.ts';
import { eventStoreContract, systemDeps } from './event-store-contract.ts';

let client: MongoClient;
let db: Db;

beforeAll(async () => {
  client = await MongoClient.connect(inject('mongoUrl'));
  db = client.db(uniqueName('eventstore'));
});

afterAll(async () => {
  await db.dropDatabase();
  await client.close();
});

eventStoreContract(`MongoDB wire (${inject('mongoFlavour')})`, () => MongoEventStore.create(db, systemDeps));
