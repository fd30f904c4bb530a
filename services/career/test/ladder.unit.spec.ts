import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadIndex } from '../src/application/read-index.ts';
import type { CareerFact, CertificateFact } from '../src/domain/career-facts.ts';
import { deriveLadder } from '../src/domain/ladder.ts';
import { summariseWorker } from '../src/domain/worker-summary.ts';
import { appointmentFact } from './career-samples.ts';

const workerId = 'w'.repeat(64);
const welder = '6-18-02-04';
const electrician = '6-31-01-03';

const certificate = (
  id: string,
  level: CertificateFact['level'],
  date: string,
  occupationCode = welder,
): CertificateFact => ({
  kind: 'certificate',
  factId: `f-${id}`,
  workerId,
  date,
  certificateId: id,
  certificateNo: `Y0000510010642${date.slice(2, 4)}0${id.padStart(5, '0')}`,
  occupationCode,
  level,
  basis: 'exam',
  reference: `session s-${id}`,
  bodyId: 'b-1',
  holderName: null,
});

describe('ladder from facts (docs/domain.md §1)', () => {
  const facts: CareerFact[] = [
    certificate('1', 'level4', '2019-05-01'),
    certificate('2', 'level3', '2022-06-20'),
    certificate('3', 'level5', '2021-01-10', electrician),
    {
      kind: 'honour',
      factId: 'f-h',
      workerId,
      date: '2023-12-01',
      grantId: 'g-1',
      honour: 'sichuan-technical-expert',
      round: '2023',
    },
  ];

  it('shows each occupation with its steps, the highest counted step, and 高技能人才 from 三级 up', () => {
    const ladder = deriveLadder(workerId, facts, '2025-01-01');
    expect(ladder.occupations.map((o) => [o.occupationCode, o.current])).toEqual(
      [
        [welder, 'level3'],
        [electrician, 'level5'],
      ].sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(ladder.highest).toEqual({ level: 'level3', occupationCode: welder });
    expect(ladder.highSkill).toBe(true);
    expect(ladder.honours).toEqual([
      { honour: 'sichuan-technical-expert', name: '四川省技术能手', round: '2023', date: '2023-12-01' },
    ]);
    const weld = ladder.occupations.find((o) => o.occupationCode === welder);
    expect(weld?.steps.map((s) => [s.label, s.date, s.basis])).toEqual([
      ['四级/中级工', '2019-05-01', 'exam'],
      ['三级/高级工', '2022-06-20', 'exam'],
    ]);
  });

  it('asOf gives the ladder exactly as the facts stood that day', () => {
    const before = deriveLadder(workerId, facts, '2022-06-19');
    expect(before.highest).toEqual({ level: 'level4', occupationCode: welder });
    expect(before.highSkill).toBe(false);
    expect(before.honours).toEqual([]);
    expect(deriveLadder(workerId, facts, '2019-04-30').occupations).toEqual([]);
  });

  it('a revoked certificate drops out of the ladder but stays in the history, from the day of revocation', () => {
    const revoked: CareerFact = {
      kind: 'certificate-revoked',
      factId: 'f-r',
      workerId,
      date: '2024-03-01',
      certificateId: '2',
      reason: 'fraud',
    };
    const after = deriveLadder(workerId, [...facts, revoked], '2024-03-01');
    const weld = after.occupations.find((o) => o.occupationCode === welder);
    expect(weld?.current).toBe('level4');
    expect(weld?.steps.find((s) => s.level === 'level3')?.droppedOn).toBe('2024-03-01');
    expect(after.highSkill).toBe(false);
    expect(deriveLadder(workerId, [...facts, revoked], '2024-02-29').highest?.level).toBe('level3');
  });

  it('a post counts while held: from the appointment to its end or the end of its term', () => {
    const appointed: CareerFact[] = [
      ...facts,
      certificate('4', 'level1', '2023-01-01'),
      appointmentFact(workerId, '2024-01-01', '2026-12-31'),
    ];
    expect(deriveLadder(workerId, appointed, '2025-01-01').highest?.level).toBe('principal-technician');
    expect(deriveLadder(workerId, appointed, '2025-01-01').appointments).toHaveLength(1);
    expect(deriveLadder(workerId, appointed, '2027-01-01').highest?.level).toBe('level1');
    const ended: CareerFact = {
      kind: 'appointment-ended',
      factId: 'f-e',
      workerId,
      date: '2025-06-30',
      appointmentId: 'a-1',
      termEnd: null,
    };
    const afterEnd = deriveLadder(workerId, [...appointed, ended], '2025-07-01');
    expect(afterEnd.highest?.level).toBe('level1');
    expect(afterEnd.appointments).toEqual([]);
    expect(afterEnd.occupations.find((o) => o.occupationCode === welder)?.steps.at(-1)).toMatchObject({
      level: 'principal-technician',
      droppedOn: '2025-06-30',
    });
  });
});

describe('one step per level, term-limited titles (docs/domain.md §1)', () => {
  const held = certificate('4', 'level1', '2023-01-01');
  const post = appointmentFact(workerId, '2024-01-01', '2026-12-31');
  // The certificate certification issues for the appointment: same level, basis and day.
  const postCertificate: CertificateFact = {
    ...certificate('5', 'principal-technician', '2024-01-01'),
    certificateNo: 'YT000051001064241000005',
    basis: 'appointment',
    reference: 'appointment a-1',
  };
  const weldOf = (asOf: string, facts: CareerFact[] = [held, post, postCertificate]) =>
    deriveLadder(workerId, facts, asOf).occupations.find((o) => o.occupationCode === welder);

  it('given a 特级技师 appointment and its certificate, then the ladder shows one step with both sources', () => {
    const steps = weldOf('2025-01-01')?.steps ?? [];
    expect(steps.map((s) => s.level)).toEqual(['level1', 'principal-technician']);
    expect(steps[1]).toMatchObject({ certificateNo: postCertificate.certificateNo, droppedOn: null });
    expect(steps[1]?.sources.map((s) => s.basis)).toEqual(['appointment', 'appointment']);
    expect(steps[1]?.sources.map((s) => s.certificateNo)).toEqual([postCertificate.certificateNo, null]);
  });

  it('given the term has run out, then neither source counts and 高级技师 is current again', () => {
    const after = weldOf('2027-01-01');
    expect(after?.current).toBe('level1');
    expect(after?.steps.at(-1)).toMatchObject({ level: 'principal-technician', droppedOn: '2026-12-31' });
    expect(after?.steps.at(-1)?.sources.map((s) => s.droppedOn)).toEqual(['2026-12-31', '2026-12-31']);
    expect(weldOf('2026-12-31')?.current).toBe('principal-technician');
  });

  it('given the post ended early, then its certificate stops counting that day too, whatever order the facts came in', () => {
    const ended: CareerFact = {
      kind: 'appointment-ended',
      factId: 'f-e',
      workerId,
      date: '2025-06-30',
      appointmentId: 'a-1',
      termEnd: null,
    };
    const after = weldOf('2025-07-01', [ended, postCertificate, held, post]);
    expect(after?.current).toBe('level1');
    expect(after?.steps.at(-1)?.droppedOn).toBe('2025-06-30');
  });

  it('given two certificates of one level, then one step counts while either does, and the summary counts both', () => {
    const competition: CertificateFact = {
      ...certificate('6', 'level1', '2024-05-01'),
      basis: 'competition',
      reference: 'contest 1',
    };
    const revoked: CareerFact = {
      kind: 'certificate-revoked',
      factId: 'f-r4',
      workerId,
      date: '2024-09-01',
      certificateId: '4',
      reason: 'fraud',
    };
    const facts = [held, competition, revoked];
    const steps = weldOf('2025-01-01', facts)?.steps ?? [];
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ level: 'level1', date: '2024-05-01', basis: 'competition', droppedOn: null });
    expect(steps[0]?.sources.map((s) => [s.date, s.droppedOn])).toEqual([
      ['2023-01-01', '2024-09-01'],
      ['2024-05-01', null],
    ]);
    expect(summariseWorker(workerId, [held, competition], '2025-01-01').certificates).toHaveLength(2);
  });
});

const date = fc
  .integer({ min: 0, max: 3000 })
  .map((d) => new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10));
const level = fc.constantFrom('level5', 'level4', 'level3', 'level2', 'level1', 'principal-technician' as const);
const occupation = fc.constantFrom(welder, electrician, '4-03-02-01');

const worldFacts = fc
  .array(fc.record({ level, date, occupation, revokedAfter: fc.option(fc.integer({ min: 0, max: 900 })) }), {
    maxLength: 12,
  })
  .chain((certs) =>
    fc
      .array(
        fc.record({
          date,
          post: fc.constantFrom('principal-technician', 'chief-technician' as const),
          occupation,
          endAfter: fc.option(date),
        }),
        { maxLength: 3 },
      )
      .map((posts) => {
        const out: CareerFact[] = [];
        certs.forEach((c, i) => {
          const id = String(i + 1);
          out.push(certificate(id, c.level, c.date, c.occupation));
          if (c.revokedAfter !== null) {
            const revoked = new Date(Date.parse(c.date) + c.revokedAfter * 86_400_000).toISOString().slice(0, 10);
            out.push({
              kind: 'certificate-revoked',
              factId: `r-${id}`,
              workerId,
              date: revoked,
              certificateId: id,
              reason: 'fraud',
            });
          }
        });
        certs.slice(0, 3).forEach((c, i) => {
          out.push({
            kind: 'honour',
            factId: `h-${i}`,
            workerId,
            date: c.date,
            grantId: `g-${i}`,
            honour: 'sichuan-craftsman',
            round: String(i),
          });
        });
        posts.forEach((p, i) => {
          out.push({
            kind: 'appointment',
            factId: `a-${i}`,
            workerId,
            date: p.date,
            appointmentId: `a-${i}`,
            post: p.post,
            occupationCode: p.occupation,
            employerName: 'E',
            termEnd: null,
          });
          if (p.endAfter !== null && p.endAfter >= p.date) {
            out.push({
              kind: 'appointment-ended',
              factId: `e-${i}`,
              workerId,
              date: p.endAfter,
              appointmentId: `a-${i}`,
              termEnd: null,
            });
          }
        });
        return out;
      }),
  );

describe('order does not matter (property test)', () => {
  it('shuffled and partly redelivered facts give the same ladder on any date', () => {
    fc.assert(
      fc.property(
        worldFacts.chain((facts) =>
          fc.tuple(
            fc.constant(facts),
            fc.shuffledSubarray(facts, { minLength: facts.length }),
            fc.subarray(facts),
            date,
          ),
        ),
        ([facts, shuffled, redelivered, asOf]) => {
          const arrived = [...shuffled, ...redelivered];
          expect(deriveLadder(workerId, arrived, asOf)).toEqual(deriveLadder(workerId, facts, asOf));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('events become facts', () => {
  it('a revocation at 23:30 UTC counts from the next day in China; events the ladder ignores give no fact', async () => {
    const { projectEnvelope } = await import('../src/application/career-policy.ts');
    const { chinaDate } = await import('@tianfu/contracts');
    expect(chinaDate('2025-03-01T23:30:00.000Z')).toBe('2025-03-02');
    // Through the contract, so ids of the real shape.
    const holder = 'a'.repeat(64);
    const certificateId = '0e6f1d2c-3b4a-4c5d-9e8f-7a6b5c4d3e2f';
    const envelope = {
      eventId: '5f0c3a8e-9d1b-4c2e-8a7f-1b2c3d4e5f60',
      type: 'certification.CertificateRevoked',
      schemaVersion: 1,
      streamId: 'certificate-c-1',
      revision: 2,
      occurredAt: '2025-03-01T23:30:00.000Z',
      recordedAt: '2025-03-01T23:30:00.000Z',
      actor: { kind: 'user' as const, id: 'office' },
      correlationId: 'c',
      causationId: null,
      workerId: holder,
      data: { certificateId, workerId: holder, at: '2025-03-01T23:30:00.000Z', reason: 'fraud', note: '弄虚作假' },
    };
    expect(projectEnvelope(envelope)).toEqual({
      facts: [
        {
          kind: 'certificate-revoked',
          factId: envelope.eventId,
          workerId: holder,
          date: '2025-03-02',
          certificateId,
          reason: 'fraud',
        },
      ],
      references: [],
    });
    expect(projectEnvelope({ ...envelope, type: 'assessment.SessionClosed' })).toBeNull();
  });
});

describe('summaries the calendar changes (the talent pool as the facts stand today)', () => {
  const appointed: CareerFact[] = [
    certificate('1', 'level1', '2023-01-01'),
    appointmentFact(workerId, '2024-01-01', '2026-12-31'),
  ];

  it('given a held term, then the summary names the day after it lapses; recomputed that day, the post is gone', () => {
    const during = summariseWorker(workerId, appointed, '2025-01-01');
    expect(during).toMatchObject({ highest: 'principal-technician', changesOn: '2027-01-01' });
    expect(summariseWorker(workerId, appointed, '2027-01-01')).toMatchObject({ highest: 'level1', changesOn: null });
  });

  it('given a fact dated later than the day computed, then the summary changes on its day', () => {
    const later = [...appointed, certificate('2', 'level2', '2025-03-01')];
    expect(summariseWorker(workerId, later, '2025-01-01').changesOn).toBe('2025-03-01');
  });

  it('the read index lists the workers whose summary a day has overtaken, until a new summary settles them', () => {
    const index = new ReadIndex();
    index.putSummary(summariseWorker(workerId, appointed, '2025-01-01'));
    expect(index.changedBy('2026-12-31')).toEqual([]);
    expect(index.changedBy('2027-01-01')).toEqual([workerId]);
    index.putSummary(summariseWorker(workerId, appointed, '2027-01-01'));
    expect(index.changedBy('2030-01-01')).toEqual([]);
  });
});
