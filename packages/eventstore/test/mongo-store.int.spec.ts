import { useTestDatabase } from '@tianfu/testing';
import { inject } from 'vitest';
import { MongoEventStore } from '../src/mongo-store.ts';
import { eventStoreContract, systemDeps } from './event-store-contract.ts';

const db = useTestDatabase('eventstore');

eventStoreContract(`MongoDB wire (${inject('mongoFlavour')})`, () => MongoEventStore.create(db(), systemDeps));
