import { OutboxRelay, soleLease } from '@tianfu/eventstore';
import { residentIdNumber, useTestDatabase, waitUntil } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeFacts, recordingOutcomes } from '../src/application/outcome-facts.ts';
import { testApp } from './fixtures.ts';
import { enrolment, setUpSession, suiteAddress } from './session-setup.ts';

const silent = { info: () => {}, warn: () => {} };
const db = useTestDatabase('assessment-outcomes');
const address = suiteAddress();
let built: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  built = await testApp(db());
});

afterAll(async () => {
  await built?.app.close();
});

describe('outcome facts come from the committed events (outcome-facts.ts)', () => {
  it('a crash between the append and the facts is repaired when the next process publishes the commit', async () => {
    const { app, known, personalData, store } = built;
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

    // The next process, with nothing in memory, publishes what is unpublished.
    const publisher = recordingOutcomes(outcomeFacts(db().collection('outcome_facts')), { publish: async () => {} });
    const relay = new OutboxRelay({ store, publisher, lease: soleLease, logger: silent });
    relay.start();
    try {
      const levels = await waitUntil(
        () => known.of([workerId]),
        (found) => found.has(workerId),
        { what: 'the outcome fact recorded by the relay' },
      );
      expect(levels.get(workerId)).toEqual([
        {
          level: 'level3',
          occupationCode: '6-31-01-03',
          obtainedOn: '2025-06-20',
          source: 'platform-outcome',
          certificateNo: null,
        },
      ]);
    } finally {
      await relay.stop();
    }
  });
});
