import { type IdDocument, maskIdNumber, type SealedName, type WorkerId } from '@tianfu/contracts';
import type { DataKey } from './data-key.ts';
import { type IdentifiedWorker, type NormalisedWorker, normaliseWorker } from './identify.ts';
import { isMasterKeyText } from './personal-data-config.ts';
import type {
  NameToOpen,
  NameToSeal,
  OpenedPersonalData,
  PersonalDataVault,
  PersonalDataVaultOptions,
  PersonToSeal,
  SealedPerson,
  TargetGroupsToOpen,
  TargetGroupsToSeal,
} from './personal-data-vault-types.ts';
import { openRecord, type PersonalDataDocument, sealRecord } from './personal-record.ts';
import { recordStore } from './record-store.ts';
import { openName, sealName } from './sealed-name.ts';
import { openTargetGroups, sealTargetGroups } from './sealed-target-groups.ts';
import { workerKeys } from './worker-keys.ts';

export const MAX_SEAL_MANY = 10_000;

type Declared = NormalisedWorker & { readonly name: string };

const checkBatch = (operation: string, count: number) => {
  if (count > MAX_SEAL_MANY) throw new RangeError(`${operation} takes at most ${MAX_SEAL_MANY} people`);
};

const ensured = (dataKeys: ReadonlyMap<WorkerId, DataKey>, workerId: WorkerId): DataKey => {
  const key = dataKeys.get(workerId);
  if (key === undefined) throw new Error(`no key was ensured for worker ${workerId}`);
  return key;
};

/** Whether the stored record already says what the worker declared; a damaged one does not. */
function holds(doc: PersonalDataDocument, declared: Declared, key: DataKey): boolean {
  try {
    const data = openRecord(doc, key);
    return doc.idType === declared.idType && data?.name === declared.name && data.idNumber === declared.idNumber;
  } catch {
    return false;
  }
}

export function createPersonalDataVault(options: PersonalDataVaultOptions): PersonalDataVault {
  if (!isMasterKeyText(options.masterKey)) throw new RangeError('the master key must be base64 of 32 bytes');
  const keys = workerKeys(options.keys, Buffer.from(options.masterKey, 'base64'), options.clock);
  const records = recordStore(options.records);

  const identify = (document: IdDocument): IdentifiedWorker => {
    const { workerId, idType, maskedIdNumber } = normaliseWorker(options.workerIdKey, document);
    return { workerId, idType, maskedIdNumber };
  };

  const sealMany = async (people: readonly PersonToSeal[]): Promise<SealedPerson[]> => {
    checkBatch('sealMany', people.length);
    const declared = people.map((p): Declared => ({ ...normaliseWorker(options.workerIdKey, p), name: p.name }));
    const latest = new Map(declared.map((d) => [d.workerId, d]));
    const dataKeys = await keys.ensure([...latest.keys()]);
    const keyOf = (workerId: WorkerId): DataKey => ensured(dataKeys, workerId);
    const now = options.clock();
    const docs = new Map(
      [...latest.values()].map((d) => [d.workerId, sealRecord(d.workerId, d.idType, d, keyOf(d.workerId), now)]),
    );
    // Insert first (the common case is a new worker); a record already there is replaced only if it differs.
    const existing = await records.insertNew([...docs.values()]);
    const stored = await records.read(existing);
    for (const [workerId, doc] of stored) {
      const declaration = latest.get(workerId) as Declared;
      if (!holds(doc, declaration, keyOf(workerId))) await records.replace(docs.get(workerId) as PersonalDataDocument);
    }
    return declared.map(({ workerId, maskedIdNumber }) => ({ workerId, maskedIdNumber }));
  };

  const openMany = async (workerIds: readonly WorkerId[]): Promise<Map<WorkerId, OpenedPersonalData>> => {
    const stored = await records.read([...new Set(workerIds)]);
    const dataKeys = await keys.read([...stored.keys()]);
    const opened = new Map<WorkerId, OpenedPersonalData>();
    for (const [workerId, doc] of stored) {
      const key = dataKeys.get(workerId);
      const data = key === undefined ? null : openRecord(doc, key);
      if (data === null) continue;
      opened.set(workerId, { ...data, idType: doc.idType, maskedIdNumber: maskIdNumber(data.idNumber) });
    }
    return opened;
  };

  /** Each item sealed under its worker's key, created once if missing, in one bulk key lookup at most. */
  const sealEach = async <T extends { readonly workerId: WorkerId }, R>(
    operation: string,
    items: readonly T[],
    seal: (item: T, key: DataKey) => R,
  ): Promise<R[]> => {
    checkBatch(operation, items.length);
    const dataKeys = await keys.ensure([...new Set(items.map((i) => i.workerId))]);
    return items.map((item) => seal(item, ensured(dataKeys, item.workerId)));
  };

  /** Each item opened under its worker's current key; null where there is none. */
  const openEach = async <T extends { readonly workerId: WorkerId }, R>(
    items: readonly T[],
    open: (item: T, key: DataKey) => R | null,
  ): Promise<(R | null)[]> => {
    const dataKeys = await keys.read([...new Set(items.map((i) => i.workerId))]);
    return items.map((item) => {
      const key = dataKeys.get(item.workerId);
      return key === undefined ? null : open(item, key);
    });
  };

  const sealNames = (people: readonly NameToSeal[]): Promise<SealedName[]> =>
    sealEach('sealNames', people, ({ workerId, name }, key) => sealName(workerId, name, key));
  const openNames = (items: readonly NameToOpen[]) =>
    openEach(items, ({ workerId, sealed }, key) => openName(workerId, sealed, key));
  const sealGroups = (people: readonly TargetGroupsToSeal[]) =>
    sealEach('sealTargetGroups', people, ({ workerId, groups }, key) => sealTargetGroups(workerId, groups, key));
  const openGroups = (items: readonly TargetGroupsToOpen[]) =>
    openEach(items, ({ workerId, sealed }, key) => openTargetGroups(workerId, sealed, key));

  return {
    identify,
    sealMany,
    seal: async (person) => (await sealMany([person]))[0] as SealedPerson,
    sealNames,
    openNames,
    sealTargetGroups: sealGroups,
    openTargetGroups: openGroups,
    openMany,
    open: async (workerId) => (await openMany([workerId])).get(workerId) ?? null,
    erase: async (workerId) => {
      // The key goes first: once it is gone, every copy is unreadable even if the record delete fails.
      await keys.erase(workerId);
      await records.erase(workerId);
    },
  };
}
