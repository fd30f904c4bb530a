import { ok } from '@tianfu/api-client';
import { chinaDate } from '@tianfu/contracts';
import { recordScannedNames } from '@tianfu/pii-scan';
import { beforeAll, describe, expect } from 'vitest';
import {
  type Appointment,
  type CertificateView,
  certificateNumber,
  certificateOf,
  declaredBackground,
  demoOccupations,
  fileWhenCatalogued,
  found,
  grantOrganiser,
  journeyCast,
  type Ladder,
  ladderOf,
  lookupWorker,
  type NewCompetition,
  onceAccepted,
  type Platform,
  registerSupervisor,
  seedCatalogue,
  type TalentPoolPage,
  until,
} from '../src/index.ts';
import { journeySteps } from './support/journey-steps.ts';

// One worker's path across the five running services, over HTTP only. Every run brings
// its own body and worker, so the journey can run again and again against the same platform.
const cast = journeyCast();
const { body, worker } = cast;
// `npm test` then runs `pnpm pii-scan`, which looks for these names in every topic, collection and log.
beforeAll(() => recordScannedNames([worker.name, cast.supervisor.name, ...cast.seniors.map((s) => s.name)]));
const electrician = '6-31-01-03';
const today = chinaDate(new Date());
const year = Number(today.slice(0, 4));
// Other services learn of a step through Kafka, behind whatever else they are working through
// (a seed issues ~2,300 certificates): each wait has a deadline, never a sleep.
const deadline = { timeoutMs: 180_000 };

const { step, learnt, earlier } = journeySteps<{
  workerId: string;
  examCertificate: CertificateView;
  promotionCertificate: CertificateView;
}>();

const stepsOf = (ladder: Ladder) => ladder.occupations.find((o) => o.occupationCode === electrician)?.steps ?? [];
/** The worker's ladder as HR reads it; career knows the worker by the time a step asks. */
const ladderNow = (platform: Platform) => async () => {
  const ladder = await ladderOf(platform, earlier('workerId'));
  if (ladder === null) throw new Error(`career has no ladder of ${earlier('workerId')}`);
  return ladder;
};
/** The public check of a certificate number and its holder's name: no token. */
const verify = (platform: Platform, certificateNo: string) => () =>
  ok(platform.anyone.certification.POST('/v1/verify', { body: { certificateNo, name: worker.name } }));
const verifyExam = (platform: Platform) => verify(platform, earlier('examCertificate').certificateNo);
const talentPool = (platform: Platform, query: { occupation: string; minLevel?: 'level1'; region: string }) => () =>
  ok(platform.hr.career.GET('/v1/talent-pool', { params: { query: { ...query, sort: 'recent', limit: 200 } } }));

/** Polls certification until the body's first certificate at `level` this year is there. */
const firstCertificate = (platform: Platform, level: 'level2' | 'level1') => {
  const certificateNo = certificateNumber(body.filingNo, year, level);
  return found(() => certificateOf(platform, certificateNo), { what: certificateNo, ...deadline });
};

describe(`a worker's journey across the running platform (run ${cast.runId})`, () => {
  step(
    'the authority registers an enterprise as an evaluation body and files 电工 from the catalogue',
    async (platform) => {
      const { assessment } = platform.admin;
      // The catalogue seed (a second import adds nothing); assessment files by it once its events arrive.
      await seedCatalogue(platform, () => {});
      await ok(assessment.POST('/v1/bodies', { body }));
      const filing = { occupation: demoOccupations.electrician, levels: ['level3', 'level2', 'level1'] } as const;
      const filed = await fileWhenCatalogued(platform, body.bodyId, filing);
      expect(filed.filings.map((f) => f.occupationCode)).toEqual([electrician]);
      for (const examiner of cast.seniors) await ok(assessment.POST('/v1/examiners', { body: examiner }));
      await registerSupervisor(platform, cast.supervisor);
    },
  );

  step('the body schedules a 技师 session, enrols the worker and records passing scores', async (platform) => {
    const { assessment } = platform.body(body.bodyId);
    const sessionId = `${body.bodyId}-s1`;
    const session = { params: { path: { sessionId } } };
    const plan = {
      sessionId,
      bodyId: body.bodyId,
      occupationCode: electrician,
      level: 'level2',
      date: today,
      venue: `${body.name} 实训楼`,
      examinerIds: cast.seniors.map((e) => e.examinerId),
      supervisorId: cast.supervisor.supervisorId,
    } as const;
    await ok(assessment.POST('/v1/sessions', { body: plan }));
    const background = declaredBackground(cast.random, electrician, 'level2', today);
    const enrolment = { ...worker, background };
    const enrolled = await ok(assessment.POST('/v1/sessions/{sessionId}/candidates', { ...session, body: enrolment }));
    learnt.workerId = enrolled.workerId;
    const scored = await ok(
      assessment.PUT('/v1/sessions/{sessionId}/candidates/{candidateId}/scores', {
        params: { path: { sessionId, candidateId: enrolled.candidateId } },
        body: { theory: 86, practical: 91.5, review: 78 },
      }),
    );
    expect(scored.outcome).toBe('passed');
    const closed = await ok(assessment.POST('/v1/sessions/{sessionId}/close', session));
    expect(closed.candidates).toMatchObject({ enrolled: 1, passed: 1, failed: 0 });
  });

  step('certification issues the 技师 certificate in the body’s name', async (platform) => {
    const certificate = await firstCertificate(platform, 'level2');
    expect(certificate).toMatchObject({
      workerId: earlier('workerId'),
      status: 'valid',
      bodyName: body.name,
      occupationCode: electrician,
      level: 'level2',
      issuedOn: today,
      basis: 'exam',
    });
    learnt.examCertificate = certificate;
  });

  step('an employer verifies it in a batch, and anyone with the holder’s name', async (platform) => {
    const { certificateNo } = earlier('examCertificate');
    const items = [
      { certificateNo, name: worker.name },
      { certificateNo, name: `${worker.name}甲` },
    ];
    const batch = await ok(platform.employer().certification.POST('/v1/verify/batch', { body: { items } }));
    expect(batch.items.map((i) => i.result)).toEqual(['valid', 'not-found']);
    const answer = await verifyExam(platform)();
    expect(answer.result).toBe('valid');
    expect(answer.certificate).toMatchObject({ certificateNo, bodyName: body.name, issuedOn: today, revokedOn: null });
  });

  step('a national competition result is confirmed and promotes the 技师 to 高级技师', async (platform) => {
    const { competition } = platform.organiser;
    const competitionId = `e2e-nc1-${cast.runId}`;
    const contestEventId = `DG-${cast.runId}`;
    const entrantId = `${contestEventId}-01`;
    const path = { competitionId };
    // The authority lets the organiser issue through the body, once the competition service knows it.
    const grant = () => grantOrganiser(platform, body.bodyId, ['national-class-1'], `e2e ${cast.runId}`);
    const granted = await onceAccepted(grant, ['BODY_NOT_REGISTERED'], {
      what: 'the competition service to learn of the body',
      ...deadline,
    });
    expect(granted.grants).toContainEqual({ bodyId: body.bodyId, tiers: ['national-class-1'] });
    const registration: NewCompetition = {
      competitionId,
      name: `第三届中华人民共和国职业技能大赛（${cast.runId}）`,
      tier: 'national-class-1',
      year,
      issuingBody: { bodyId: body.bodyId, filingNo: body.filingNo, bodyName: body.name },
      contestEvents: [
        { contestEventId, name: '电工', occupationCode: electrician, level: 'level2', track: 'employee' },
      ],
    };
    await ok(competition.POST('/v1/competitions', { body: registration }));
    const entrant = { contestEventId, entrantId, ...worker, heldLevel: 'level2' } as const;
    await ok(competition.POST('/v1/competitions/{competitionId}/entrants', { params: { path }, body: entrant }));
    const results = { contestEventId, results: [{ entrantId, rank: 2, medal: 'silver' as const }] };
    await ok(competition.POST('/v1/competitions/{competitionId}/results', { params: { path }, body: results }));
    const confirm = { params: { path }, body: { contestEventId } };
    const confirmed = await ok(competition.POST('/v1/competitions/{competitionId}/confirm', confirm));
    expect(confirmed.promotions).toMatchObject([{ workerId: earlier('workerId'), level: 'level1' }]);
    expect(confirmed.honours).toMatchObject([{ honour: 'national-technical-expert' }]);
  });

  step('certification issues the promotion certificate', async (platform) => {
    const certificate = await firstCertificate(platform, 'level1');
    expect(certificate).toMatchObject({ workerId: earlier('workerId'), level: 'level1', basis: 'competition' });
    learnt.promotionCertificate = certificate;
  });

  step('the talent office grants 四川技能大师', async (platform) => {
    const honour = {
      ...worker,
      honour: 'sichuan-skill-master',
      round: `${year}-${cast.runId}`,
      grantedOn: today,
      authority: '四川省人力资源和社会保障厅',
      documentNo: `川人社函〔${year}〕${cast.runId}号`,
    } as const;
    const grant = await ok(platform.talentOffice.talentRegistry.POST('/v1/honours/grants', { body: honour }));
    expect(grant.workerId).toBe(earlier('workerId'));
  });

  step('the enterprise appoints the 高级技师 特级技师, then 首席技师', async (platform) => {
    const { talentRegistry } = platform.employer(body.bodyId);
    const employer = { bodyId: body.bodyId, filingNo: body.filingNo, bodyName: body.name };
    const post = { ...worker, employer, occupationCode: electrician, termStart: today, termEnd: null };
    // Each prerequisite is a certificate, and the enterprise a body, that reach the talent registry through Kafka.
    const waitedFor = ['APPOINTMENT_PREREQUISITE_UNMET', 'BODY_NOT_REGISTERED'];
    const appoint = (appointment: Appointment, what: string) =>
      onceAccepted(() => ok(talentRegistry.POST('/v1/appointments', { body: appointment })), waitedFor, {
        what,
        ...deadline,
      });
    const principal = await appoint(
      { ...post, appointmentId: `${body.bodyId}-tj1`, post: 'principal-technician' },
      'the 高级技师 certificate to reach the talent registry',
    );
    expect(principal.eligibility.summary).toContain(earlier('promotionCertificate').certificateNo);
    const chief = await appoint(
      { ...post, appointmentId: `${body.bodyId}-sx1`, post: 'chief-technician' },
      'the 特级技师 certificate to reach the talent registry',
    );
    expect(chief.eligibility.basis).toBe('rule');
  });

  step(
    'HR finds the worker by ID number, and the ladder shows the whole path with dates and bases',
    async (platform) => {
      expect((await lookupWorker(platform, worker.document)).workerId).toBe(earlier('workerId'));
      const complete = (ladder: Ladder) =>
        stepsOf(ladder).length >= 4 && ladder.honours.length >= 2 && ladder.appointments.length >= 2;
      const ladder = await until(ladderNow(platform), complete, { what: `the ladder of ${worker.name}`, ...deadline });
      const exam = earlier('examCertificate');
      const promotion = earlier('promotionCertificate');
      expect(stepsOf(ladder)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            level: 'level2',
            basis: 'exam',
            certificateNo: exam.certificateNo,
            date: exam.issuedOn,
          }),
          expect.objectContaining({
            level: 'level1',
            basis: 'competition',
            certificateNo: promotion.certificateNo,
            date: promotion.issuedOn,
          }),
          expect.objectContaining({ level: 'principal-technician', basis: 'appointment', date: today }),
          expect.objectContaining({ level: 'chief-technician', basis: 'appointment', date: today }),
        ]),
      );
      expect(stepsOf(ladder).every((s) => s.droppedOn === null)).toBe(true);
      expect(ladder.highest).toEqual({ level: 'chief-technician', occupationCode: electrician });
      expect(ladder.highSkill).toBe(true);
      expect(ladder.honours.map((h) => h.honour).sort()).toEqual(['national-technical-expert', 'sichuan-skill-master']);
      expect(ladder.appointments.map((a) => a.post).sort()).toEqual(['chief-technician', 'principal-technician']);
    },
  );

  step('the exam certificate is revoked: the ladder drops the step and verification says revoked', async (platform) => {
    const { certificateNo } = earlier('examCertificate');
    const revocation = { reason: 'issued-in-error', note: 'e2e: the exam was void' } as const;
    const revoked = await ok(
      platform.office.certification.POST('/v1/certificates/{certificateNo}/revoke', {
        params: { path: { certificateNo } },
        body: revocation,
      }),
    );
    expect(revoked.status).toBe('revoked');
    const said = (a: { result: string }) => a.result === 'revoked';
    const answer = await until(verifyExam(platform), said, { what: 'verification to say revoked', ...deadline });
    const dropped = (ladder: Ladder) => stepsOf(ladder).some((s) => s.certificateNo === certificateNo && s.droppedOn);
    const ladder = await until(ladderNow(platform), dropped, {
      what: 'the ladder to drop the revoked step',
      ...deadline,
    });
    const step = stepsOf(ladder).find((s) => s.certificateNo === certificateNo);
    expect(step?.droppedOn).toBe(answer.certificate?.revokedOn);
    expect(ladder.occupations.find((o) => o.occupationCode === electrician)?.current).toBe('chief-technician');
  });

  step('HR finds the worker in the talent pool of the body’s 市(州), the name masked', async (platform) => {
    const workerId = earlier('workerId');
    const inPool = (page: TalentPoolPage) => page.items.some((w) => w.workerId === workerId);
    const query = { occupation: '6-31', minLevel: 'level1', region: body.regionCode } as const;
    const page = await until(talentPool(platform, query), inPool, {
      what: 'the worker in the talent pool',
      ...deadline,
    });
    expect(page.items.find((w) => w.workerId === workerId)).toMatchObject({
      maskedName: `${Array.from(worker.name)[0]}*`,
      region: { code: body.regionCode },
      highest: { level: 'chief-technician' },
    });
    expect(page.facets.region?.[body.regionCode]).toBeGreaterThanOrEqual(1);
  });

  step(
    'the worker’s personal data is erased: no name anywhere, the ladder and indicators unchanged',
    async (platform) => {
      const workerId = earlier('workerId');
      const query = { from: `${year}-01-01`, to: `${year}-12-31`, region: body.regionCode };
      const indicators = () => ok(platform.hr.career.GET('/v1/indicators', { params: { query } }));
      const before = { ladder: await ladderNow(platform)(), indicators: await indicators() };
      expect(before.ladder.maskedName).not.toBeNull();
      const erasure = {
        params: { path: { workerId } },
        body: { reason: 'e2e: the worker asked for erasure (PIPL Art. 47)' },
      };
      await ok(platform.admin.career.POST('/v1/workers/{workerId}/erasure', erasure));

      const ladder = await ladderNow(platform)();
      expect(ladder.maskedName).toBeNull();
      expect({ ...ladder, maskedName: before.ladder.maskedName }).toEqual(before.ladder);
      expect(await indicators()).toEqual(before.indicators);
      const pool = await talentPool(platform, { occupation: '6-31', region: body.regionCode })();
      expect(pool.items.find((w) => w.workerId === workerId)?.maskedName).toBeNull();
      const byName = verify(platform, earlier('promotionCertificate').certificateNo);
      const forgotten = (answer: { result: string }) => answer.result === 'not-found';
      const answer = await until(byName, forgotten, { what: 'verification to forget the erased name', ...deadline });
      expect(answer).toEqual({ result: 'not-found', certificate: null, checks: [] });
    },
  );
});
