import type { Db } from 'mongodb';
import type { PersonalDataConfig } from './personal-data-config.ts';
import { createPersonalDataVault } from './personal-data-vault.ts';
import type { PersonalDataVault } from './personal-data-vault-types.ts';

/** A service's vault: its `personal_data` in its own database, the worker keys in the shared identity one. */
export const serviceVault = (db: Db, identity: Db, keys: PersonalDataConfig, clock: () => Date): PersonalDataVault =>
  createPersonalDataVault({
    keys: identity.collection('worker_keys'),
    records: db.collection('personal_data'),
    masterKey: keys.PERSONAL_DATA_KEY,
    workerIdKey: keys.WORKER_ID_KEY,
    clock,
  });
