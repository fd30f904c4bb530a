import type { CandidateEnrolledData, SealedName } from '@tianfu/contracts';
import type { MongoEventStore } from '@tianfu/eventstore';
import type { App, PersonalDataVault } from '@tianfu/service-kit';
import { residentIdNumber, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionStreamId } from '../src/application/session-access.ts';
import { testApp } from './fixtures.ts';
import { setUpSession, suiteAddress } from './session-setup.ts';

const db = useTestDatabase('assessment-sheets');
const address = suiteAddress();
const candidates = 5_000;
let app: App;
let store: MongoEventStore;
let vault: PersonalDataVault;
let session: Awaited<ReturnType<typeof setUpSession>>;

const upload = (kind: 'candidates' | 'scores', csv: string) =>
  app.inject({
    method: 'POST',
    url: `/v1/sessions/${session.sessionId}/${kind}.csv`,
    headers: { ...session.token, 'content-type': 'text/csv' },
    payload: csv,
  });

// Chinese headers with a BOM for enrolments, English for scores: both are accepted.
const enrolmentSheet = () =>
  [
    '\uFEFF证件类型,证件号码,姓名,累计年限,已有等级,等级取得日期',
    ...Array.from(
      { length: candidates },
      (_, i) => `居民身份证,${residentIdNumber(i, address)},工人${i},6,四级,2019-05-01`,
    ),
  ].join('\r\n');
const scoreLines = () =>
  Array.from({ length: candidates }, (_, i) => [
    `${residentIdNumber(i, address)},theory,${60 + (i % 40)}`,
    `${residentIdNumber(i, address)},practical,${i % 10 === 0 ? 55 : 75}`,
  ]).flat();

beforeAll(async () => {
  const built = await testApp(db());
  ({ app, store, personalData: vault } = built);
  session = await setUpSession(app, address);
});

afterAll(async () => {
  await app?.close();
});

describe('bulk CSV sheets of one session', () => {
  it(`enrols ${candidates} candidates from one sheet, once`, async () => {
    const sheet = enrolmentSheet();
    const first = await upload('candidates', sheet);
    expect(first.statusCode, first.body.slice(0, 500)).toBe(200);
    expect(first.json()).toMatchObject({
      rows: candidates,
      applied: true,
      events: { 'assessment.CandidateEnrolled': candidates },
    });
    const again = await upload('candidates', sheet);
    expect(again.json()).toMatchObject({ applied: false, revision: first.json().revision });
  });

  it('enrols each row with its own name, sealed under its worker key', async () => {
    const { events } = await store.readStream(sessionStreamId(session.sessionId));
    const enrolled = events
      .filter((e) => e.type === 'assessment.CandidateEnrolled')
      .map((e) => e.data as CandidateEnrolledData);
    const rows = [0, 1, 2_500, candidates - 1];
    const items = rows.map((row) => {
      const { workerId, holderName } = enrolled[row] ?? expect.fail(`no candidate from row ${row}`);
      return { workerId, sealed: holderName as SealedName };
    });
    expect(await vault.openNames(items)).toEqual(rows.map((row) => `工人${row}`));
  });

  it('10,000 score rows with one bad row → 422 naming that row, and nothing written', async () => {
    const before = (await store.readStream(sessionStreamId(session.sessionId))).revision;
    const lines = scoreLines();
    lines[7_321] = `${residentIdNumber(3_660, address)},practical,101`;
    const response = await upload('scores', ['idNumber,part,score', ...lines].join('\n'));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'SHEET_ROWS_REJECTED',
      problems: [{ row: 7_323, column: 'score', rule: 'score_range' }],
    });
    expect((await store.readStream(sessionStreamId(session.sessionId))).revision).toBe(before);
  });

  it('10,000 good score rows decide every candidate; the same file again applies nothing', async () => {
    const sheet = ['idNumber,part,score', ...scoreLines()].join('\n');
    const first = await upload('scores', sheet);
    expect(first.statusCode, first.body.slice(0, 500)).toBe(200);
    expect(first.json().events).toEqual({
      'assessment.PartScoreRecorded': 2 * candidates,
      'assessment.CandidatePassed': candidates * 0.9,
      'assessment.CandidateFailed': candidates * 0.1,
      'assessment.SheetAccepted': 1,
    });
    const again = await upload('scores', sheet);
    expect(again.json()).toMatchObject({ applied: false, revision: first.json().revision });
  });
});
