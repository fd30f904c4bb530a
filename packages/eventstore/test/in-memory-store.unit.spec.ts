import { InMemoryEventStore } from '../src/in-memory-store.ts';
import { eventStoreContract, systemDeps } from './event-store-contract.ts';

eventStoreContract('in memory', async () => new InMemoryEventStore(systemDeps));
