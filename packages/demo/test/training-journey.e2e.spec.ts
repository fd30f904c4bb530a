import { csvUpload, ok } from '@tianfu/api-client';
import { chinaDate } from '@tianfu/contracts';
import { recordScannedNames } from '@tianfu/pii-scan';
import { beforeAll, describe, expect } from 'vitest';
import type { NewProvider } from '../src/api-types.ts';
import { unifiedSocialCreditCode } from '../src/bodies/body-codes.ts';
import {
  demoOccupations,
  demoPeople,
  journeyCast,
  type Ladder,
  ladderOf,
  lookupWorker,
  onceAccepted,
  type Platform,
  seedCatalogue,
  until,
} from '../src/index.ts';
import { personName } from '../src/people/chinese-names.ts';
import { pastRosterSheet } from '../src/sheets.ts';
import { journeySteps } from './support/journey-steps.ts';

// A training path across the running platform, over HTTP only: a provider, a class that already ran
// with its roster sheet, an apprenticeship, and what career makes of them. Every run brings its own
// provider, classes and workers, so the journey can run again against the same platform.
const { runId, random } = journeyCast();
const region = '510100';
const people = demoPeople();
const [migrant, graduate, dropout] = [1, 2, 3].map(() => people(random, region, { from: 1980, to: 1998 }));
if (migrant === undefined || graduate === undefined || dropout === undefined) throw new Error('three trainees');
const newcomers = [1, 2].map(() => people(random, region, { from: 1990, to: 2004 }));
// The apprenticeship's enterprise mentor and teacher are sealed like the apprentice's name.
const mentorName = personName(random, 'male', 'han');
const teacherName = personName(random, 'female', 'han');
const trainees = [migrant, graduate, dropout, ...newcomers].map((p) => p.name);
beforeAll(() => recordScannedNames([...trainees, mentorName, teacherName]));

const electrician = demoOccupations.electrician.code;
const item = { kind: 'occupation', code: electrician } as const;
const providerId = `e2e-school-${runId}`;
const provider: NewProvider = {
  providerId,
  name: `四川省电力技工学校（${runId}）`,
  kind: 'technical-school',
  creditCode: unifiedSocialCreditCode(random, 'technical-college', '510107'),
  regionCode: region,
  items: [item],
};
const dayMs = 86_400_000;
const day = (fromToday: number) => chinaDate(new Date(Date.now() + fromToday * dayMs));
const today = day(0);
// Career learns through Kafka, behind whatever else it is working through: a deadline, never a sleep.
const deadline = { timeoutMs: 180_000, intervalMs: 1_000 };

// A 电工 class of three days a month ago: seven hours a day, 21 in all; the dropout came once (a third, under 80%).
const pastClassId = `${providerId}-h1`;
const sittings = [-30, -29, -28].map((offset, i) => ({
  sittingId: `d${i + 1}`,
  date: day(offset),
  start: '09:00',
  end: '17:00',
  theoryHours: 3,
  practicalHours: 4,
}));
const classFacts = {
  item,
  targetLevel: 'level4',
  kind: 'upskilling',
  deliveryModel: 'project',
  capacity: 30,
  subsidised: true,
} as const;
const everyDay = sittings.map((s) => s.sittingId);
const roster = [
  { person: migrant, groups: ['rural-migrant'], enrolledOn: day(-35), attended: everyDay },
  { person: graduate, groups: ['graduate'], enrolledOn: day(-34), attended: everyDay },
  { person: dropout, groups: ['rural-migrant'], enrolledOn: day(-34), attended: ['d1'] },
];

/** The ID number with another check character: the sheet's line names it. */
const wrongCheck = (idNumber: string) => `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`;

type Indicators = Awaited<ReturnType<typeof indicatorsOf>>;
const period = { from: `${sittings[0]?.date.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31`, region };
const indicatorsOf = (platform: Platform) =>
  ok(platform.hr.career.GET('/v1/indicators', { params: { query: period } }));

const { step, learnt, earlier } = journeySteps<{ workerId: string; indicatorsBefore: Indicators }>();

const apprenticeStep = (ladder: Ladder | null) =>
  ladder?.occupations
    .find((o) => o.occupationCode === electrician)
    ?.steps.find((s) => s.level === 'apprentice' && s.basis === 'apprenticeship');
const recordOf = (platform: Platform) => () =>
  ok(platform.hr.career.GET('/v1/workers/{workerId}/record', { params: { path: { workerId: earlier('workerId') } } }));

describe(`a training journey across the running platform (run ${runId})`, () => {
  step('the training office registers a technical school, listed in the public directory', async (platform) => {
    await seedCatalogue(platform, () => {});
    learnt.indicatorsBefore = await indicatorsOf(platform);
    const register = () => ok(platform.trainingOffice.training.POST('/v1/providers', { body: provider }));
    await onceAccepted(register, ['ITEM_NOT_IN_CATALOGUE'], { what: `training to hold ${electrician}`, ...deadline });
    const query = { regionCode: region, kind: provider.kind, occupation: electrician, limit: 200 };
    const directory = () => ok(platform.anyone.training.GET('/v1/directory/providers', { params: { query } }));
    const listed = await until(directory, (page) => page.items.some((p) => p.providerId === providerId), {
      what: `${providerId} in the directory`,
      ...deadline,
    });
    expect(listed.items.find((p) => p.providerId === providerId)).toMatchObject({
      name: provider.name,
      creditCode: provider.creditCode,
      items: [item],
    });
  });

  step('the office files a class that already ran (补录) and its roster sheet completes it', async (platform) => {
    const { training } = platform.trainingOffice;
    const body = {
      classId: pastClassId,
      name: '电工（四级）岗位技能提升培训班',
      ...classFacts,
      sittings,
      reason: '纸质台账补录',
    };
    await ok(training.POST('/v1/providers/{providerId}/past-classes', { params: { path: { providerId } }, body }));
    const path = { params: { path: { classId: pastClassId } } };
    const sheet = csvUpload(pastRosterSheet(roster));
    const receipt = await ok(training.POST('/v1/classes/{classId}/past-roster.csv', { ...path, ...sheet }));
    expect(receipt.events).toMatchObject({
      'training.TraineeEnrolled': 3,
      'training.TraineeCompleted': 2,
      'training.TraineeNotCompleted': 1,
      'training.ClassCompleted': 1,
    });
    const trainees = await ok(training.GET('/v1/classes/{classId}/enrolments', path));
    const outcomes = trainees.items.map((t) => [t.name, t.outcome?.completed, t.outcome?.attendedHours]);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        [migrant.name, true, 21],
        [graduate.name, true, 21],
        [dropout.name, false, 7],
      ]),
    );
    learnt.workerId = (await lookupWorker(platform, migrant.document)).workerId;
  });

  step(
    'the provider files a class ahead: a sheet with a bad row applies nothing, the fixed one enrols',
    async (platform) => {
      const { training } = platform.provider(providerId);
      const classId = `${providerId}-c1`;
      const ahead = sittings.map((s, i) => ({ ...s, date: day(7 + i) }));
      const body = { classId, name: '电工（四级）岗位技能提升培训班（二期）', ...classFacts, sittings: ahead };
      await ok(training.POST('/v1/providers/{providerId}/classes', { params: { path: { providerId } }, body }));
      const path = { params: { path: { classId } } };
      const rows = newcomers.map((p) => `${p.document.idNumber},${p.name},农民工`);
      const bad = `证件号码,姓名,人员类别\r\n${rows[0]}\r\n${wrongCheck(newcomers[1]?.document.idNumber ?? '')},某,农民工\r\n`;
      const refused = await training.POST('/v1/classes/{classId}/enrolments.csv', { ...path, ...csvUpload(bad) });
      expect(refused.response.status).toBe(422);
      expect((refused.error as { problems?: unknown }).problems).toEqual([
        expect.objectContaining({ row: 3, column: '证件号码', rule: 'id_checksum' }),
      ]);
      expect((await ok(training.GET('/v1/classes/{classId}/enrolments', path))).items).toEqual([]);
      const fixed = `证件号码,姓名,人员类别\r\n${rows.join('\r\n')}\r\n`;
      const receipt = await ok(training.POST('/v1/classes/{classId}/enrolments.csv', { ...path, ...csvUpload(fixed) }));
      expect(receipt.events).toMatchObject({ 'training.TraineeEnrolled': 2 });
      const enrolled = await ok(training.GET('/v1/classes/{classId}/enrolments', path));
      expect(enrolled.items.map((t) => t.name).sort()).toEqual(newcomers.map((p) => p.name).sort());
    },
  );

  step('an apprenticeship of the 农民工 completes: career’s ladder shows the 学徒工 step', async (platform) => {
    const { training } = platform.trainingOffice;
    const apprenticeshipId = `${providerId}-ap1`;
    const employer = {
      name: `四川蜀能电力工程有限公司（${runId}）`,
      creditCode: unifiedSocialCreditCode(random, 'employer', '510107'),
      regionCode: region,
    };
    const agreement = {
      apprenticeshipId,
      employer,
      providerId,
      document: migrant.document,
      name: migrant.name,
      mentorName,
      teacherName,
      occupationCode: electrician,
      targetLevel: 'level4',
      startsOn: day(-730),
      plannedEndOn: day(-1),
    } as const;
    await ok(training.POST('/v1/apprenticeships', { body: agreement }));
    const path = { params: { path: { apprenticeshipId } } };
    const progress = { progressId: 'year-1', on: day(-365), stage: '岗位实操', hours: 600 };
    await ok(training.POST('/v1/apprenticeships/{apprenticeshipId}/progress', { ...path, body: progress }));
    await ok(
      training.POST('/v1/apprenticeships/{apprenticeshipId}/complete', { ...path, body: { completedOn: today } }),
    );
    const ladder = await until(
      () => ladderOf(platform, earlier('workerId')),
      (l) => apprenticeStep(l) !== undefined,
      { what: `the 学徒工 step of ${migrant.name}`, ...deadline },
    );
    expect(apprenticeStep(ladder)).toMatchObject({ date: today, droppedOn: null, certificateNo: null });
  });

  step(
    'career’s training record shows the class completed with its hours and provider, and the apprenticeship',
    async (platform) => {
      const complete = (r: Awaited<ReturnType<ReturnType<typeof recordOf>>>) =>
        r.entries.some((e) => e.classId === pastClassId && e.result === 'completed' && e.provider !== null) &&
        r.apprenticeships.some((a) => a.status === 'completed');
      const record = await until(recordOf(platform), complete, { what: `the record of ${migrant.name}`, ...deadline });
      expect(record.entries.find((e) => e.classId === pastClassId)).toMatchObject({
        entry: 'class',
        providerId,
        provider: { name: provider.name, kind: provider.kind, regionCode: region },
        class: {
          hours: 21,
          subsidised: true,
          kind: 'upskilling',
          firstDay: sittings[0]?.date,
          lastDay: sittings[2]?.date,
        },
        result: 'completed',
        attendedHours: 21,
      });
      expect(record.apprenticeships).toEqual([
        expect.objectContaining({
          apprenticeshipId: `${providerId}-ap1`,
          providerId,
          occupationCode: electrician,
          status: 'completed',
          endedOn: today,
          trainedHours: 600,
        }),
      ]);
    },
  );

  step('career’s indicators count the completions as subsidised training, of which 农民工', async (platform) => {
    const before = earlier('indicatorsBefore').totals;
    const counted = (now: Indicators) =>
      now.totals.subsidisedTraining >= before.subsidisedTraining + 2 &&
      now.totals.migrantWorkerTraining >= before.migrantWorkerTraining + 1;
    const after = await until(() => indicatorsOf(platform), counted, {
      what: 'the training in the indicators',
      ...deadline,
    });
    expect(after.totals.subsidisedTraining - before.subsidisedTraining).toBeGreaterThanOrEqual(2);
    expect(after.totals.migrantWorkerTraining - before.migrantWorkerTraining).toBeGreaterThanOrEqual(1);
  });
});
