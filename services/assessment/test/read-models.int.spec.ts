import { personalDataConfigSchema } from '@tianfu/service-kit';
import { residentIdNumber, testCatalogue, uniqueName, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { bodyStreamId } from '../src/application/body-commands.ts';
import type { BodyDirectory } from '../src/application/body-directory.ts';
import { assessmentReadModels } from '../src/application/read-models.ts';
import { sessionStreamId } from '../src/application/session-access.ts';
import { createSessionIndex } from '../src/application/session-index.ts';
import { sessionIndexCatchUp, sessionLineWriter } from '../src/application/session-lines.ts';
import { sessionStates } from '../src/application/session-state-cache.ts';
import { assessmentStorage } from '../src/storage.ts';
import { readingLatest } from '../src/stored-events.ts';
import { bearer, clock, SECRET, testApp, validBody } from './fixtures.ts';
import { enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const silent = { warn: () => {} };
const db = useTestDatabase('assessment-read-models');
const address = suiteAddress();
let built: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  built = await testApp(db());
});

afterAll(async () => {
  await built?.app.close();
});

/**
 * What the read-model consumer of the next process does with a stream's events when they come back
 * on the assessment topic: a fresh postCommitWrites, with nothing in memory, repairs them.
 */
async function repairInNextProcess(streamId: string): Promise<void> {
  const { directory, known, sessionIndex } = built;
  const store = readingLatest(built.store);
  const { events } = await store.readStream(streamId);
  const states = sessionStates(store);
  await assessmentReadModels({ store, directory, known, sessionIndex, states }, silent).repair(events);
}

describe('read models come from the committed events (read-models.ts)', () => {
  it('a crash between the append and the outcome facts is repaired when the commit comes back on the topic', async () => {
    const { app, known, personalData } = built;
    const session = await setUpSession(app, address);
    const idNumber = residentIdNumber(1, address);
    const url = `/v1/sessions/${session.sessionId}/candidates`;
    const enrolled = await app.inject({ method: 'POST', url, payload: enrolment(idNumber), headers: session.token });
    const scores = { theory: 90, practical: 90 };
    const scoresUrl = `${url}/${enrolled.json().candidateId}/scores`;
    await app.inject({ method: 'PUT', url: scoresUrl, payload: scores, headers: session.token });
    const { workerId } = personalData.identify({ idType: 'resident-id-card', idNumber });

    // The crash: the pass is committed, its fact never written, the commit not yet published.
    await db().collection('outcome_facts').deleteMany({ workerId });
    expect((await known.of([workerId])).get(workerId)).toBeUndefined();

    await repairInNextProcess(sessionStreamId(session.sessionId));
    const levels = await known.of([workerId]);
    expect(levels.get(workerId)).toEqual([
      {
        level: 'level3',
        occupationCode: '6-31-01-03',
        obtainedOn: '2025-06-20',
        source: 'platform-outcome',
        certificateNo: null,
      },
    ]);
  });

  it("a session's listed line lost after the commit is written again from the topic", async () => {
    const { app, sessionIndex } = built;
    const session = await setUpSession(app, address);
    const line = async () =>
      (await sessionIndex.list({ bodyId: session.bodyId, limit: 10 })).items.map((s) => s.sessionId);
    expect(await line()).toEqual([session.sessionId]);

    await db()
      .collection('session_index')
      .deleteOne({ _id: session.sessionId as never });
    expect(await line()).toEqual([]);

    await repairInNextProcess(sessionStreamId(session.sessionId));
    expect(await line()).toEqual([session.sessionId]);
  });

  it('a session scheduled before the index existed is listed once the catch-up reads the topic; a listed one is left alone', async () => {
    const { app } = built;
    const session = await setUpSession(app, address);
    const url = `/v1/sessions/${session.sessionId}/candidates`;
    const payload = enrolment(residentIdNumber(2, address));
    expect((await app.inject({ method: 'POST', url, payload, headers: session.token })).statusCode).toBe(201);
    await db()
      .collection('session_index')
      .deleteOne({ _id: session.sessionId as never });

    // The next process: an index with nothing in memory, reading the topic from its start.
    const index = createSessionIndex(db().collection('session_index'));
    const store = readingLatest(built.store);
    const written: string[] = [];
    const write = sessionLineWriter(index, sessionStates(store));
    const catchUp = sessionIndexCatchUp(index, async (sessionId) => {
      written.push(sessionId);
      await write(sessionId);
    });
    const { events } = await store.readStream(sessionStreamId(session.sessionId));
    for (const event of events) await catchUp.repair([event]);

    expect(written).toEqual([session.sessionId]);
    const { items } = await index.list({ bodyId: session.bodyId, limit: 10 });
    expect(items).toEqual([expect.objectContaining({ sessionId: session.sessionId, revision: 2 })]);
    expect(items[0]?.candidates).toEqual({ enrolled: 1, passed: 0, failed: 0, pending: 1 });
  });

  it('a directory write that fails after the commit answers 201, not 500, and the repair from the topic writes it', async () => {
    const storage = await assessmentStorage(db(), db(), personalDataConfigSchema.parse({}), clock);
    let failures = 1;
    const failingOnce: BodyDirectory = {
      list: (query) => storage.directory.list(query),
      page: (query) => storage.directory.page(query),
      async refresh(view) {
        if (failures-- > 0) throw new Error('the directory is unreachable');
        await storage.directory.refresh(view);
      },
    };
    const { app } = await buildApp({
      ...storage,
      directory: failingOnce,
      catalogue: { current: () => testCatalogue() },
      authSecret: SECRET,
      clock,
      version: 'test',
      logLevel: 'silent',
    });
    try {
      const bodyId = uniqueName('body');
      const headers = await bearer({ sub: 'authority-1', role: 'admin' });
      const created = await app.inject({
        method: 'POST',
        url: '/v1/bodies',
        payload: { bodyId, ...validBody },
        headers,
      });
      expect(created.statusCode).toBe(201);
      const listed = async () => (await storage.directory.list({})).filter((entry) => entry.bodyId === bodyId);
      expect(await listed()).toEqual([]);

      await repairInNextProcess(bodyStreamId(bodyId));
      const entries = await listed();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ bodyId, name: validBody.name, status: 'active', revision: 1 });
    } finally {
      await app.close();
    }
  });
});
