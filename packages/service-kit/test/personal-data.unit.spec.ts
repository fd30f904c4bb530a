import { randomBytes } from 'node:crypto';
import { isContractError } from '@tianfu/contracts';
import { Binary, MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import {
  baseConfigSchema,
  createPersonalDataVault,
  DEV_PERSONAL_DATA_KEY,
  DEV_WORKER_ID_KEY,
  isConfigError,
  loadConfig,
  type PersonalDataDocument,
  personalDataConfigSchema,
  personalDataUnreadable,
  type WorkerKeyDocument,
} from '../src/index.ts';
import { newDataKey, unwrapDataKey } from '../src/personal-data/data-key.ts';
import { openRecord, sealRecord } from '../src/personal-data/personal-record.ts';

const workerA = 'a'.repeat(64);
const workerB = 'b'.repeat(64);
const masterKey = randomBytes(32);
const at = new Date('2026-03-01T08:00:00Z');
const person = { name: '王小明', idNumber: '11010519491231002X' };

const flipped = (binary: Binary): Binary => {
  const bytes = Buffer.from(binary.value());
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return new Binary(bytes);
};

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('sealed personal data', () => {
  const { doc: keyDoc } = newDataKey(workerA, masterKey, at);
  const key = unwrapDataKey(keyDoc, masterKey);

  it('opens what it sealed, under a fresh IV each time', () => {
    const sealed = sealRecord(workerA, 'resident-id-card', person, key, at);
    expect(openRecord(sealed, key)).toEqual(person);
    const again = sealRecord(workerA, 'resident-id-card', person, key, at);
    expect(again.iv.value()).not.toEqual(sealed.iv.value());
    expect(again.ciphertext.value()).not.toEqual(sealed.ciphertext.value());
  });

  it('rejects altered ciphertext, tag, IV or type, and a record moved to another worker', () => {
    const sealed = sealRecord(workerA, 'resident-id-card', person, key, at);
    for (const altered of [
      { ...sealed, ciphertext: flipped(sealed.ciphertext) },
      { ...sealed, tag: flipped(sealed.tag) },
      { ...sealed, iv: flipped(sealed.iv) },
      { ...sealed, idType: 'passport' as const },
      { ...sealed, _id: workerB },
    ]) {
      const error = caught(() => openRecord(altered, key));
      expect(personalDataUnreadable.is(error)).toBe(true);
      expect(String(error)).not.toContain(person.idNumber);
    }
  });

  it('reads a record sealed under an erased key of the worker as gone, not as damaged', () => {
    const sealed = sealRecord(workerA, 'resident-id-card', person, key, at);
    const { dataKey: successor } = newDataKey(workerA, masterKey, at);
    expect(openRecord(sealed, successor)).toBeNull();
  });

  it('unwraps a data key only under its master key and for its worker', () => {
    expect(key.key).toHaveLength(32);
    expect(personalDataUnreadable.is(caught(() => unwrapDataKey(keyDoc, randomBytes(32))))).toBe(true);
    expect(personalDataUnreadable.is(caught(() => unwrapDataKey({ ...keyDoc, _id: workerB }, masterKey)))).toBe(true);
    const rotated = { ...keyDoc, masterKeyVersion: 2 };
    expect(personalDataUnreadable.is(caught(() => unwrapDataKey(rotated, masterKey)))).toBe(true);
  });
});

describe('vault.identify', () => {
  // The driver connects on the first operation only, and identify performs none.
  const db = new MongoClient('mongodb://127.0.0.1:1').db('unused');
  const options = {
    keys: db.collection<WorkerKeyDocument>('worker_keys'),
    records: db.collection<PersonalDataDocument>('personal_data'),
    masterKey: DEV_PERSONAL_DATA_KEY,
    workerIdKey: DEV_WORKER_ID_KEY,
    clock: () => at,
  };
  const vault = createPersonalDataVault(options);

  it('gives the keyed workerId and the masked number, the same for the 15- and 18-digit forms', () => {
    const identified = vault.identify({ idType: 'resident-id-card', idNumber: ' 11010519491231002x ' });
    expect(identified).toEqual({
      workerId: expect.stringMatching(/^[0-9a-f]{64}$/),
      idType: 'resident-id-card',
      maskedIdNumber: '1101**********002X',
    });
    const old = vault.identify({ idType: 'resident-id-card', idNumber: '110105491231002' });
    expect(old).toEqual(identified);
    expect(vault.identify({ idType: 'passport', idNumber: 'e12345678' }).maskedIdNumber).toBe('E1*****78');
  });

  it('throws the contracts error for an invalid number without quoting it', () => {
    const error = caught(() => vault.identify({ idType: 'resident-id-card', idNumber: '110105194912310020' }));
    expect(isContractError(error, 'ID_CHECKSUM')).toBe(true);
    expect(String(error)).not.toContain('110105194912310020');
  });

  it('refuses a master key that is not base64 of 32 bytes', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => createPersonalDataVault({ ...options, masterKey: short })).toThrow(RangeError);
  });
});

describe('personalDataConfigSchema', () => {
  const schema = baseConfigSchema.extend(personalDataConfigSchema.shape);
  const env = {
    SERVICE_NAME: 'career',
    PORT: '4105',
    KAFKA_BROKERS: '127.0.0.1:9092',
    MONGO_URL: 'mongodb://127.0.0.1:27017/career',
    AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
  };
  const production = { ...env, NODE_ENV: 'production', AUTH_ISSUER: 'https://id.example.test/realms/tianfu' };
  const issuesOf = (run: () => unknown) => {
    const error = caught(run);
    if (!isConfigError(error)) throw error;
    return error.issues.map(({ variable, rule }) => [variable, rule]);
  };

  it('runs locally on the public dev keys without any setup', () => {
    expect(loadConfig(schema, env)).toMatchObject({
      WORKER_ID_KEY: DEV_WORKER_ID_KEY,
      PERSONAL_DATA_KEY: DEV_PERSONAL_DATA_KEY,
    });
  });

  it('refuses the dev keys in production, whether defaulted or set', () => {
    const expected = [
      ['WORKER_ID_KEY', 'dev_secret_in_production'],
      ['PERSONAL_DATA_KEY', 'dev_secret_in_production'],
    ];
    expect(issuesOf(() => loadConfig(schema, production))).toEqual(expected);
    const explicit = { ...production, WORKER_ID_KEY: DEV_WORKER_ID_KEY, PERSONAL_DATA_KEY: DEV_PERSONAL_DATA_KEY };
    expect(issuesOf(() => loadConfig(schema, explicit))).toEqual(expected);
  });

  it('takes real keys in production and rejects malformed ones', () => {
    const keys = {
      WORKER_ID_KEY: randomBytes(32).toString('hex'),
      PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
    };
    expect(loadConfig(schema, { ...production, ...keys })).toMatchObject(keys);
    const malformed = { ...production, WORKER_ID_KEY: 'short', PERSONAL_DATA_KEY: randomBytes(31).toString('base64') };
    expect(issuesOf(() => loadConfig(schema, malformed))).toEqual([
      ['WORKER_ID_KEY', 'too_small'],
      ['PERSONAL_DATA_KEY', 'custom'],
    ]);
  });
});
