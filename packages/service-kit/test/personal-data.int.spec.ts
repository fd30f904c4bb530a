import { randomBytes } from 'node:crypto';
import type { WorkerId } from '@tianfu/contracts';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { describe, expect, it } from 'vitest';
import {
  createPersonalDataVault,
  type PersonalDataDocument,
  type PersonToSeal,
  type WorkerKeyDocument,
} from '../src/index.ts';
import { EQUALITY_READS_AT_ONCE, findByIds } from '../src/personal-data/id-filter.ts';

// Two services with their own databases, sharing the platform's key collection (identity.worker_keys).
const identity = useTestDatabase('pd_identity');
const assessment = useTestDatabase('pd_assessment');
const career = useTestDatabase('pd_career');

const masterKey = randomBytes(32).toString('base64');
const workerIdKey = randomBytes(32).toString('hex');
const keys = () => identity().collection<WorkerKeyDocument>('worker_keys');
const records = (db: Db) => db.collection<PersonalDataDocument>('personal_data');
const vaultOf = (db: () => Db) =>
  createPersonalDataVault({ keys: keys(), records: records(db()), masterKey, workerIdKey, clock: () => new Date() });

/** A valid 居民身份证号 per index, distinct for every suite run (random address code). */
const addressCode = String(110_000 + Math.floor(Math.random() * 400_000));
const residentId = (i: number): string => residentIdNumber(i, addressCode);
const person = (i: number, name = `测试工人${i}号`): PersonToSeal => ({
  idType: 'resident-id-card',
  idNumber: residentId(i),
  name,
});

/** The stored BSON of every document, as the server returns it. */
const rawDocuments = async (db: Db, collection: string): Promise<Buffer> =>
  Buffer.concat((await db.collection(collection).find({}, { raw: true }).toArray()) as unknown as Buffer[]);

describe('personal-data vault on the MongoDB-wire server', () => {
  it('erases a worker everywhere by erasing the shared key, and starts afresh on a new seal', async () => {
    const [inAssessment, inCareer] = [vaultOf(assessment), vaultOf(career)];
    const sealed = await inAssessment.seal(person(1));
    expect(await inCareer.seal(person(1))).toEqual(sealed);
    expect(await inCareer.open(sealed.workerId)).toEqual({
      name: '测试工人1号',
      idType: 'resident-id-card',
      idNumber: residentId(1),
      maskedIdNumber: sealed.maskedIdNumber,
    });

    await inAssessment.erase(sealed.workerId);
    expect(await inAssessment.open(sealed.workerId)).toBeNull();
    expect(await inCareer.open(sealed.workerId)).toBeNull();
    expect(await records(career()).countDocuments({ _id: sealed.workerId })).toBe(1);

    await inAssessment.seal(person(1, '新名字'));
    expect((await inAssessment.open(sealed.workerId))?.name).toBe('新名字');
    expect(await inCareer.open(sealed.workerId)).toBeNull();
  });

  it('keeps the latest declared name', async () => {
    const vault = vaultOf(assessment);
    const { workerId } = await vault.seal(person(2, '李四'));
    await vault.seal(person(2, '李思'));
    expect((await vault.open(workerId))?.name).toBe('李思');
  });

  it('creates exactly one key when many requests seal the same worker at once', async () => {
    const vault = vaultOf(career);
    const sealed = await Promise.all(Array.from({ length: 25 }, () => vault.seal(person(3))));
    const { workerId } = sealed[0] ?? expect.fail('no result');
    expect(new Set(sealed.map((s) => s.workerId))).toEqual(new Set([workerId]));
    expect(await keys().countDocuments({ _id: workerId })).toBe(1);
    expect(await records(career()).countDocuments({ _id: workerId })).toBe(1);
    expect((await vault.open(workerId))?.idNumber).toBe(residentId(3));
  });

  it('seals 2,000 people in bulk, opens them in bulk, and rewrites only changed names', async () => {
    const vault = vaultOf(assessment);
    const people = Array.from({ length: 2_000 }, (_, i) => person(1_000 + i));
    const sealed = await vault.sealMany(people);
    expect(sealed.map((s) => s.maskedIdNumber)).toEqual(
      people.map((p) => `${p.idNumber.slice(0, 4)}**********${p.idNumber.slice(-4)}`),
    );

    const renamed = people.map((p, i) => (i % 200 === 0 ? { ...p, name: `${p.name}改` } : p));
    expect(await vault.sealMany(renamed)).toEqual(sealed);

    const opened = await vault.openMany([...sealed.map((s) => s.workerId), 'f'.repeat(64)]);
    expect(opened.size).toBe(2_000);
    sealed.forEach(({ workerId }, i) => {
      expect(opened.get(workerId)).toMatchObject({ name: renamed[i]?.name, idNumber: people[i]?.idNumber });
    });
  });

  it('seals a sheet of new and known workers under the one key each has, created by whoever came first', async () => {
    const [inAssessment, inCareer] = [vaultOf(assessment), vaultOf(career)];
    const named = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const { idNumber, name } = person(from + i);
        return { workerId: inCareer.identify({ idType: 'resident-id-card', idNumber }).workerId, name };
      });
    await inAssessment.sealNames(named(4_000, 300));
    const sheet = named(4_150, 300);
    const sealed = await inCareer.sealNames(sheet);
    const items = sheet.map(({ workerId }, i) => ({ workerId, sealed: sealed[i] as (typeof sealed)[number] }));
    expect(await inAssessment.openNames(items)).toEqual(sheet.map((p) => p.name));
    const workerIds = sheet.map((p) => p.workerId);
    expect(await keys().countDocuments({ _id: { $in: workerIds } })).toBe(300);
  });

  it('stores neither ID numbers nor names in clear', async () => {
    const vault = vaultOf(career);
    const people = Array.from({ length: 50 }, (_, i) => person(4_000 + i, `保密姓名${i}`));
    await vault.sealMany(people);
    const raw = Buffer.concat([
      await rawDocuments(identity(), 'worker_keys'),
      await rawDocuments(career(), 'personal_data'),
    ]);
    const json = JSON.stringify(await records(career()).find().toArray());
    for (const { idNumber, name } of people) {
      for (const secret of [idNumber, idNumber.slice(0, 17), name]) {
        expect(raw.includes(Buffer.from(secret, 'utf8'))).toBe(false);
        expect(json.includes(secret)).toBe(false);
      }
    }
    expect(raw.includes(Buffer.from('resident-id-card'))).toBe(true);
  });
});

describe('reading by worker id (id-filter.ts)', () => {
  it('finds the documents of a page and of a batch larger than it reads at once, leaving out ids not stored', async () => {
    const docs = identity().collection<{ _id: WorkerId; n: number }>('by_ids');
    const ids = Array.from({ length: EQUALITY_READS_AT_ONCE * 4 + 7 }, (_, n) => `w-${n}` as WorkerId);
    await docs.insertMany(ids.map((_id, n) => ({ _id, n })));
    const asked = (count: number) => [...ids.slice(0, count), 'w-missing' as WorkerId];
    const found = async (count: number) => (await findByIds(docs, asked(count))).map((d) => d.n).sort((a, b) => a - b);
    expect(await found(3)).toEqual([0, 1, 2]);
    expect(await found(ids.length)).toEqual(ids.map((_, n) => n));
  });
});
