import type { Principal } from '@tianfu/service-kit';
import { personalDataConfigSchema, signToken } from '@tianfu/service-kit';
import { testCatalogueTopic } from '@tianfu/testing';
import type { Db } from 'mongodb';
import { type AssessmentDeps, buildApp } from '../src/app.ts';
import { assessmentStorage } from '../src/storage.ts';

export const SECRET = 'assessment-test-secret-at-least-32-characters';
export const NOW = new Date('2025-06-01T08:00:00.000Z');
export const clock = (): Date => NOW;

/** A Sichuan college (技师学院) filed as Y, with a credit code whose check character is right. */
export const validBody = {
  filingNo: 'Y000051001064',
  name: '四川省某技师学院',
  creditCode: '914403001922038216',
  regionCode: '510100',
} as const;

export const bearer = async (principal: Principal) => ({
  authorization: `Bearer ${await signToken({ secret: SECRET, principal, now: clock })}`,
});

/**
 * The app on a test database, with the dev personal-data keys (the worker keys live in the same
 * database), holding the test catalogue from a real topic of its own; closing the app stops the follower.
 */
export async function testApp(db: Db, options: Pick<AssessmentDeps, 'logLevel' | 'logDestination'> = {}) {
  const keys = personalDataConfigSchema.parse({});
  const storage = await assessmentStorage(db, db, keys, clock);
  const catalogue = await testCatalogueTopic('assessment-catalogue');
  const { app, readModels } = await buildApp({
    ...storage,
    authSecret: SECRET,
    clock,
    version: 'test',
    logLevel: 'silent',
    catalogue: catalogue.follower,
    ...options,
  });
  app.addHook('onClose', catalogue.stop);
  return { app, readModels, catalogue, ...storage };
}
