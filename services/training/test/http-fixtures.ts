import type { CatalogueEvent } from '@tianfu/catalogue-view/state';
import type { AppOptions, Principal } from '@tianfu/service-kit';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { testCatalogue, useTestDatabase } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { trainingStorage } from '../src/storage.ts';
import { creditCode } from './samples.ts';

export const SECRET = 'training-test-secret-of-at-least-32-chars';

/** 川菜烹饪, Sichuan's own 专项职业能力 item, beside the test catalogue's occupations. */
export const sichuanCuisine: CatalogueEvent = {
  type: 'catalogue.SpecialAbilityAdded',
  data: {
    code: 'S51-0012',
    name: '川菜烹饪',
    regionCode: null,
    occupationCode: '4-03-02-01',
    publishedOn: '2021-06-01',
    reason: '测试目录 (test catalogue)',
  },
};

export const bearer = async (principal: Principal, now = new Date()) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: () => now })}`,
});
export const office = () => bearer({ sub: 'office-1', role: 'training-office' });
export const providerToken = (providerId: string) =>
  bearer({ sub: `clerk-of-${providerId}`, role: 'training-provider', providerId });

type LogOptions = Pick<AppOptions, 'logLevel' | 'logDestination'>;

/** The training app on a test database, holding the test catalogue with 川菜烹饪; `clock` is the app's. */
export async function trainingApp(
  db: Db,
  clock: () => Date = () => new Date(),
  log: LogOptions = { logLevel: 'silent' },
) {
  // The test database's worker keys stand in for the shared identity database.
  const storage = await trainingStorage(db, db, personalDataConfigSchema.parse({}), clock);
  const catalogue = { current: () => testCatalogue(sichuanCuisine) };
  const { app, readModels } = await buildApp({
    storage,
    catalogue,
    authSecret: SECRET,
    clock,
    version: 'test',
    ...log,
  });
  return { app, storage, readModels, personalData: storage.personalData };
}

/**
 * A test file's training app on a database of its own, started before its tests and closed after;
 * `send` asks as the training office unless `headers` say who.
 */
export function useTrainingApp(name: string) {
  const db = useTestDatabase(name);
  let fixture: Awaited<ReturnType<typeof trainingApp>> | undefined;
  beforeAll(async () => {
    fixture = await trainingApp(db());
  }, 60_000);
  afterAll(() => fixture?.app.close());
  const started = () => {
    if (fixture === undefined) throw new Error(`${name}: the training app did not start`);
    return fixture;
  };
  const send = async (method: 'GET' | 'POST', url: string, payload?: object, headers?: Record<string, string>) =>
    started().app.inject({ method, url, ...(payload ? { payload } : {}), headers: headers ?? (await office()) });
  return { db, started, send };
}

/** A 技工院校 that may train 中式烹调师 and 川菜烹饪, in `regionCode`. */
export const providerBody = (providerId: string, extra: object = {}) => ({
  providerId,
  kind: 'technical-school',
  name: '四川烹饪技工学校',
  creditCode: creditCode(),
  regionCode: '510100',
  items: [
    { kind: 'occupation', code: '4-03-02-01' },
    { kind: 'special-ability', code: 'S51-0012' },
  ],
  ...extra,
});

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A 川菜师傅 class of 中式烹调师 at 四级 whose two sittings are next week. */
export const classBody = (classId: string, extra: object = {}) => ({
  classId,
  name: '川菜师傅 中式烹调师（四级）',
  item: { kind: 'occupation', code: '4-03-02-01' },
  targetLevel: 'level4',
  kind: 'employment',
  deliveryModel: 'project',
  brand: 'sichuan-cuisine-chef',
  sittings: [
    { sittingId: 's1', date: inDays(7), start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 },
    { sittingId: 's2', date: inDays(8), start: '09:00', end: '17:00', theoryHours: 2, practicalHours: 5 },
  ],
  capacity: 40,
  subsidised: true,
  ...extra,
});
