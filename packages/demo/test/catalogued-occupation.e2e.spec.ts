import { csvUpload, ok } from '@tianfu/api-client';
import { chinaDate } from '@tianfu/contracts';
import { recordScannedNames } from '@tianfu/pii-scan';
import { beforeAll, describe, expect } from 'vitest';
import { dayAfter } from '../src/days.ts';
import {
  certificateNumber,
  certificateOf,
  declaredBackground,
  fileOccupation,
  found,
  journeyCast,
  type Ladder,
  ladderOf,
  onceCatalogued,
  type Platform,
  registerSupervisor,
  type TalentPoolPage,
  until,
} from '../src/index.ts';
import { journeySteps } from './support/journey-steps.ts';

// An occupation no code names: the authority imports it by CSV while the platform runs, and it goes
// the whole way — filed, examined, certified, verified, on the ladder and in the pool's facets, and
// paid for: the worker's 技能提升补贴 for the certificate, judged by Sichuan's rule set.
const cast = journeyCast();
const { body, worker } = cast;
beforeAll(() => recordScannedNames([worker.name, cast.supervisor.name, ...cast.seniors.map((s) => s.name)]));
const today = chinaDate(new Date());
// The exam a week ago: a paper claim the subsidy office received in between is another day than the worker's today.
const examDay = dayAfter(today, -7);
const year = Number(examDay.slice(0, 4));
// 4-99 其他社会生产和生活服务人员; a 小类 and 细类 of this run's own, so runs can repeat.
const minor = `4-99-${String(cast.random.int(10, 99))}`;
const code = `${minor}-${String(cast.random.int(10, 99))}`;
const name = `非遗竹编工艺师（${cast.runId}）`;
const standardVersion = String(year);
const deadline = { timeoutMs: 180_000 };

const occupationsCsv = [
  '编码,名称,类别,数字职业,绿色职业,工种,新职业发布日期,来源',
  '4-99,其他社会生产和生活服务人员,,,,,,大典2022',
  `${minor},竹编工艺服务人员（${minor}）,,,,,,e2e`,
  `${code},${name},技能人员,否,是,平面竹编工；立体竹编工,${today},e2e`,
].join('\n');
const standardsCsv = [
  '职业编码,版本,标准名称,等级,申报条件模板,申报条件偏差,施行日期,来源',
  `${code},${standardVersion},${name}职业技能标准（${year}年版）,5;4;3,A,,${year}-01-01,e2e`,
].join('\n');

const { step, learnt, earlier } = journeySteps<{ workerId: string; certificateNo: string }>();

const importSheet = (platform: Platform, sheet: 'occupations.csv' | 'standards.csv', csv: string) =>
  ok(
    platform.admin.catalogue.POST('/v1/catalogue/imports/{sheet}', {
      params: { path: { sheet }, query: { reason: `e2e: a new occupation (${cast.runId})` } },
      ...csvUpload(csv),
    }),
  );

describe(`an occupation imported by CSV goes the whole way with no code change (run ${cast.runId})`, () => {
  step('the authority imports the occupation and its standard, and the catalogue lists it', async (platform) => {
    await importSheet(platform, 'occupations.csv', occupationsCsv);
    await importSheet(platform, 'standards.csv', standardsCsv);
    const held = await ok(platform.anyone.catalogue.GET('/v1/occupations/{code}', { params: { path: { code } } }));
    expect(held).toMatchObject({ code, name, standards: [expect.objectContaining({ version: standardVersion })] });
  });

  step('a body files it once assessment holds it, and examines the worker at 五级', async (platform) => {
    const admin = platform.admin.assessment;
    await ok(admin.POST('/v1/bodies', { body }));
    const filing = { standardVersion, levels: ['level5'] } as const;
    const file = () => fileOccupation(platform, body.bodyId, code, filing);
    const filed = await onceCatalogued(file, { code, standardVersion });
    expect(filed.filings.map((f) => f.occupationCode)).toEqual([code]);
    const qualifications = [{ occupationCode: code, levels: ['level5' as const] }];
    for (const examiner of cast.seniors)
      await ok(admin.POST('/v1/examiners', { body: { ...examiner, qualifications } }));
    await registerSupervisor(platform, cast.supervisor);
    const { assessment } = platform.body(body.bodyId);
    const sessionId = `${body.bodyId}-n1`;
    const session = { params: { path: { sessionId } } };
    const plan = {
      sessionId,
      bodyId: body.bodyId,
      occupationCode: code,
      level: 'level5',
      date: examDay,
      venue: `${body.name} 竹编实训室`,
      examinerIds: cast.seniors.map((e) => e.examinerId),
      supervisorId: cast.supervisor.supervisorId,
    } as const;
    await ok(assessment.POST('/v1/sessions', { body: plan }));
    const background = declaredBackground(cast.random, code, 'level5', examDay);
    const enrolled = await ok(
      assessment.POST('/v1/sessions/{sessionId}/candidates', { ...session, body: { ...worker, background } }),
    );
    learnt.workerId = enrolled.workerId;
    const scores = { theory: 82, practical: 88 };
    const path = { sessionId, candidateId: enrolled.candidateId };
    const scored = await ok(
      assessment.PUT('/v1/sessions/{sessionId}/candidates/{candidateId}/scores', { params: { path }, body: scores }),
    );
    expect(scored.outcome).toBe('passed');
    await ok(assessment.POST('/v1/sessions/{sessionId}/close', session));
  });

  step('certification issues the certificate, and anyone verifies it under the new name', async (platform) => {
    const certificateNo = certificateNumber(body.filingNo, year, 'level5');
    const certificate = await found(() => certificateOf(platform, certificateNo), { what: certificateNo, ...deadline });
    expect(certificate).toMatchObject({
      workerId: earlier('workerId'),
      occupationCode: code,
      level: 'level5',
      issuedOn: examDay,
    });
    learnt.certificateNo = certificateNo;
    const answer = await ok(
      platform.anyone.certification.POST('/v1/verify', { body: { certificateNo, name: worker.name } }),
    );
    expect(answer.result).toBe('valid');
    expect(answer.certificate).toMatchObject({ certificateNo, occupationCode: code, occupationName: name });
  });

  step('career shows it on the ladder with its name and counts it in the pool facets', async (platform) => {
    const workerId = earlier('workerId');
    const onLadder = (ladder: Ladder | null) =>
      ladder?.occupations.some((o) => o.occupationCode === code && o.steps.length > 0) === true;
    const ladder = await until(() => ladderOf(platform, workerId), onLadder, { what: 'the ladder', ...deadline });
    const occupation = ladder?.occupations.find((o) => o.occupationCode === code);
    expect(occupation).toMatchObject({ occupationName: name, current: 'level5' });
    expect(occupation?.steps[0]).toMatchObject({ level: 'level5', certificateNo: earlier('certificateNo') });
    const query = { occupation: code, region: body.regionCode, sort: 'recent', limit: 50 } as const;
    const pool = () =>
      ok(platform.hr.career.GET('/v1/talent-pool', { params: { query } })).then((page) => page as TalentPoolPage);
    const inPool = (page: TalentPoolPage) => page.items.some((w) => w.workerId === workerId);
    const page = await until(pool, inPool, { what: 'the worker in the pool', ...deadline });
    expect(page.facets.occupation?.[code]).toBeGreaterThanOrEqual(1);
    expect(page.facets.occupationGroup?.['4-99']).toBeGreaterThanOrEqual(1);
    expect(page.facetNames.occupation[code]).toBe(name);
    expect(page.facetNames.occupationGroup['4-99']).toBe('其他社会生产和生活服务人员');
  });

  step(
    'the worker, insured for years, claims 技能提升补贴 for it and is approved under Sichuan’s rule set; the office claiming it again is refused',
    async (platform) => {
      const [workerId, certificateNo] = [earlier('workerId'), earlier('certificateNo')];
      const { subsidy } = platform.subsidyOffice;
      const insured = { rows: [{ document: worker.document, insuredSince: `${year - 3}-03-01` }] };
      expect(await ok(subsidy.POST('/v1/insurance', { body: insured }))).toMatchObject({ rows: 1, recorded: 1 });
      // The subsidy service learns of the certificate from certification's topic.
      const params = { path: { workerId } };
      const facts = () => ok(subsidy.GET('/v1/workers/{workerId}/certificates', { params }));
      await until(facts, ({ items }) => items.some((c) => c.certificateNo === certificateNo), {
        what: 'the certificate to reach the subsidy service',
        ...deadline,
      });

      const claim = { kind: 'skill-upgrade', certificateNo, region: body.regionCode } as const;
      const own = platform.worker(workerId).subsidy;
      const approved = await ok(own.POST('/v1/claims', { body: claim }));
      expect(approved).toMatchObject({ workerId, status: 'approved', amountFen: 100_000, review: null });
      expect(approved.decision).toMatchObject({
        outcome: 'approved',
        claimedOn: today,
        certificateNo,
        ruleSet: { ruleSetId: 'sc-skill-upgrade', region: '510000' },
      });
      expect(approved.decision.checks.filter((c) => c.status === 'failed' || c.status === 'referred')).toEqual([]);
      const amount = approved.decision.checks.find((c) => c.rule === 'amount');
      expect(amount?.clause?.document).toBeTruthy();

      const paper = { ...claim, workerId, claimedOn: dayAfter(today, -3) };
      const refused = await subsidy.POST('/v1/claims', { body: paper });
      expect(refused.response.status).toBe(422);
      // Refused, nothing recorded: the same level is subsidised once (and 2025's cap of one a year is taken).
      const problem = refused.error as { code?: string; errors?: unknown[] };
      expect(problem.code).toBe('CLAIM_REJECTED');
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ field: 'certificateNo', rule: 'same_level_once' }),
      );

      const listed = await ok(own.GET('/v1/workers/{workerId}/claims', { params }));
      expect(listed.claims.map((c) => [c.claimId, c.status])).toEqual([[approved.claimId, 'approved']]);
    },
  );
});
