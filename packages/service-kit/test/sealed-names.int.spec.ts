import { randomBytes } from 'node:crypto';
import { type SealedName, SealedNameSchema, type SealedTargetGroups, type WorkerId } from '@tianfu/contracts';
import { useTestDatabase } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import {
  createPersonalDataVault,
  MAX_SEAL_MANY,
  type PersonalDataDocument,
  personalDataUnreadable,
  type WorkerKeyDocument,
} from '../src/index.ts';

// Names travel in events sealed under the worker keys of the shared key collection.
const db = useTestDatabase('pd_names');
const keys = () => db().collection<WorkerKeyDocument>('worker_keys');
const masterKey = randomBytes(32).toString('base64');
const vault = () =>
  createPersonalDataVault({
    keys: keys(),
    records: db().collection<PersonalDataDocument>('personal_data'),
    masterKey,
    workerIdKey: randomBytes(32).toString('hex'),
    clock: () => new Date(),
  });
const newWorker = (): WorkerId => randomBytes(32).toString('hex');

/** Seals one name per worker and returns them in order. */
const sealEach = async (people: readonly (readonly [WorkerId, string])[]): Promise<SealedName[]> =>
  vault().sealNames(people.map(([workerId, name]) => ({ workerId, name })));

/** The sealed name with the first character of its `index`-th dot-separated part changed: still well-formed. */
const altered = (sealed: SealedName, index: number): SealedName => {
  const parts = sealed.split('.');
  const part = parts[index] ?? '';
  parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
  return SealedNameSchema.parse(parts.join('.'));
};

describe('names sealed under the worker keys, on the MongoDB-wire server', () => {
  it('opens what it sealed, in the order given, and stores no personal-data record', async () => {
    const [a, b, c] = [newWorker(), newWorker(), newWorker()];
    const people = [
      [a, '张三'],
      [b, '欧阳娜娜'],
      [a, '张三丰'],
      [c, 'Åsa Ñúñez'],
    ] as const;
    const sealed = await sealEach(people);
    expect(sealed.map((s) => SealedNameSchema.parse(s))).toEqual(sealed);
    for (const [, name] of people) expect(sealed.join('')).not.toContain(name);
    expect(await keys().countDocuments({ _id: { $in: [a, b, c] } })).toBe(3);
    expect(await db().collection('personal_data').countDocuments()).toBe(0);

    const order = [3, 1, 0, 2, 1];
    const items = order.map((i) => ({ workerId: people[i]?.[0] as WorkerId, sealed: sealed[i] as SealedName }));
    expect(await vault().openNames(items)).toEqual(order.map((i) => people[i]?.[1]));
    expect(await sealEach([[a, '张三']])).not.toEqual([sealed[0]]);
  });

  it('takes at most MAX_SEAL_MANY names', async () => {
    const many = Array.from({ length: MAX_SEAL_MANY + 1 }, () => [newWorker(), '李四'] as const);
    await expect(sealEach(many)).rejects.toThrow(RangeError);
  });

  it('reads a name as gone once its worker key is erased, even after a new key is made', async () => {
    // One vault throughout: the keys it just used are forgotten on erase.
    const names = vault();
    const [worker, other] = [newWorker(), newWorker()];
    const [old, kept] = (await names.sealNames([
      { workerId: worker, name: '王五' },
      { workerId: other, name: '赵六' },
    ])) as [SealedName, SealedName];
    await names.erase(worker);
    const items = [
      { workerId: worker, sealed: old },
      { workerId: other, sealed: kept },
    ];
    expect(await names.openNames(items)).toEqual([null, '赵六']);
    const [renewed] = (await names.sealNames([{ workerId: worker, name: '王五' }])) as [SealedName];
    expect(renewed.split('.')[1]).not.toBe(old.split('.')[1]);
    expect(await vault().openNames([...items, { workerId: worker, sealed: renewed }])).toEqual([null, '赵六', '王五']);
  });

  it('refuses an altered IV, tag or ciphertext as unreadable, not as gone', async () => {
    const workerId = newWorker();
    const [sealed] = (await sealEach([[workerId, '孙七']])) as [SealedName];
    for (const index of [2, 3, 4]) {
      const error = await vault()
        .openNames([{ workerId, sealed: altered(sealed, index) }])
        .then(
          () => expect.fail(`part ${index} altered, yet it opened`),
          (thrown: unknown) => thrown,
        );
      expect(personalDataUnreadable.is(error)).toBe(true);
      expect(String(error)).not.toContain('孙七');
    }
  });

  it('never opens a name copied onto another worker', async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const [sealed] = (await sealEach([
      [owner, '周八'],
      [other, '吴九'],
    ])) as [SealedName];
    expect(await vault().openNames([{ workerId: other, sealed }])).toEqual([null]);
  });
});

describe('target groups sealed like names (docs/domain.md §7.2)', () => {
  it('opens what it sealed in order, and reads them as gone once the worker key is erased', async () => {
    const groups = vault();
    const [worker, other] = [newWorker(), newWorker()];
    const sealed = await groups.sealTargetGroups([
      { workerId: worker, groups: ['rural-migrant'] },
      { workerId: other, groups: ['graduate', 'disabled'] },
    ]);
    const items = [
      { workerId: other, sealed: sealed[1] as SealedTargetGroups },
      { workerId: worker, sealed: sealed[0] as SealedTargetGroups },
    ];
    expect(await groups.openTargetGroups(items)).toEqual([['graduate', 'disabled'], ['rural-migrant']]);
    await groups.erase(worker);
    expect(await groups.openTargetGroups(items)).toEqual([['graduate', 'disabled'], null]);
  });

  it('creates each new worker key once when names and target groups are sealed at once', async () => {
    // The real key collection, counting the key documents offered to insertMany.
    let offered = 0;
    const counted = new Proxy(keys(), {
      get(target, property, receiver) {
        if (property !== 'insertMany') return Reflect.get(target, property, receiver);
        return (docs: WorkerKeyDocument[], options: object) => {
          offered += docs.length;
          return target.insertMany(docs, options);
        };
      },
    });
    const both = createPersonalDataVault({
      keys: counted,
      records: db().collection<PersonalDataDocument>('personal_data'),
      masterKey,
      workerIdKey: randomBytes(32).toString('hex'),
      clock: () => new Date(),
    });
    const workers = Array.from({ length: 50 }, newWorker);
    const [names, groups] = await Promise.all([
      both.sealNames(workers.map((workerId) => ({ workerId, name: '郑十' }))),
      both.sealTargetGroups(workers.map((workerId) => ({ workerId, groups: ['veteran' as const] }))),
    ]);
    expect(offered).toBe(workers.length);
    const opened = vault();
    const named = workers.map((workerId, i) => ({ workerId, sealed: names[i] as SealedName }));
    expect(await opened.openNames(named)).toEqual(workers.map(() => '郑十'));
    const grouped = workers.map((workerId, i) => ({ workerId, sealed: groups[i] as SealedTargetGroups }));
    expect(await opened.openTargetGroups(grouped)).toEqual(workers.map(() => ['veteran']));
  });
});
