import { describe, expect, it } from 'vitest';
import {
  certificateBursts,
  claimForHeldLevel,
  examinerOwnEmployer,
  type HeldCertificate,
  identicalSignIns,
  type Occasion,
  overlappingOccasions,
  rateAbovePeers,
  type SessionIssues,
  type SignIn,
  signalThresholds,
  type UnitTally,
} from '../src/index.ts';

// The signals of docs/domain.md §7.12, each given facts, when computed, then flagged or not with its facts and evidence.
const sitting = (unitId: string, start: string, end: string, kind: Occasion['kind'] = 'sitting'): Occasion => ({
  kind,
  unitId,
  placeId: `${unitId}-place`,
  region: '510100',
  start,
  end,
  eventId: `evt-${unitId}-${start}`,
});

describe('a worker held in two places at once', () => {
  it('given two classes whose sittings overlap, then overlapping-classes with both sittings as evidence', () => {
    const a = sitting('class-a', '2025-03-01T01:00:00Z', '2025-03-01T09:00:00Z');
    const b = sitting('class-b', '2025-03-01T06:00:00Z', '2025-03-01T10:00:00Z');
    const [signal, ...more] = overlappingOccasions('w1', [b, a]);
    expect(more).toEqual([]);
    expect(signal).toMatchObject({
      rule: 'overlapping-classes',
      subject: { kind: 'worker', id: 'w1' },
      facts: { firstUnit: 'class-a', secondUnit: 'class-b', from: b.start, to: a.end },
      evidence: [a.eventId, b.eventId],
    });
  });

  it('given a sitting and an exam at the same time, then two-places-at-once; sittings that only touch, or of one class, are not flagged', () => {
    const lesson = sitting('class-a', '2025-03-01T01:00:00Z', '2025-03-01T04:00:00Z');
    const exam = sitting('session-9', '2025-03-01T03:00:00Z', '2025-03-01T05:00:00Z', 'exam');
    expect(overlappingOccasions('w1', [lesson, exam]).map((s) => s.rule)).toEqual(['two-places-at-once']);
    const next = sitting('class-b', '2025-03-01T04:00:00Z', '2025-03-01T06:00:00Z');
    const same = sitting('class-a', '2025-03-01T02:00:00Z', '2025-03-01T03:00:00Z');
    expect(overlappingOccasions('w1', [lesson, next, same])).toEqual([]);
  });
});

describe('identical sign-ins in a class', () => {
  const thresholds = signalThresholds.identicalSignIns;
  const signIn = (workerId: string, sittingId: string, signedAt: string): SignIn => ({
    workerId,
    sittingId,
    signedAt,
    eventId: `evt-${workerId}-${sittingId}`,
  });
  const workers = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);

  it(`given ${thresholds.sameSecondGroup} trainees signed in within one second, then flagged; one fewer, not`, () => {
    const within = (n: number) => workers(n).map((w, i) => signIn(w, 's1', `2025-03-01T01:00:00.${100 + i * 50}Z`));
    const [signal] = identicalSignIns('class-a', within(thresholds.sameSecondGroup), thresholds);
    expect(signal).toMatchObject({
      rule: 'identical-sign-ins',
      subject: { kind: 'class', id: 'class-a' },
      facts: { sittingId: 's1', trainees: thresholds.sameSecondGroup },
    });
    expect(signal?.evidence).toHaveLength(thresholds.sameSecondGroup);
    expect(identicalSignIns('class-a', within(thresholds.sameSecondGroup - 1), thresholds)).toEqual([]);
  });

  it('given three trainees identical to the second at two sittings, then flagged; at one sitting, or two trainees, not', () => {
    const pattern = (ids: string[], sittings: string[]) =>
      ids.flatMap((w) => sittings.map((s, k) => signIn(w, s, `2025-03-0${k + 1}T01:00:07Z`)));
    const honest = [signIn('w9', 's1', '2025-03-01T01:03:00Z'), signIn('w9', 's2', '2025-03-02T00:58:00Z')];
    const [signal] = identicalSignIns('class-a', [...pattern(workers(3), ['s1', 's2']), ...honest], thresholds);
    expect(signal?.facts).toMatchObject({ trainees: 3, sittings: 2 });
    expect(signal?.evidence).toHaveLength(6);
    expect(identicalSignIns('class-a', pattern(workers(3), ['s1']), thresholds)).toEqual([]);
    expect(identicalSignIns('class-a', pattern(workers(2), ['s1', 's2']), thresholds)).toEqual([]);
  });
});

describe('a rate far above its peers', () => {
  const thresholds = signalThresholds.rateAbovePeers;
  const body = (id: string, successes: number, trials = 100): UnitTally => ({
    unit: { kind: 'body', id },
    measure: 'pass',
    peerGroup: '6-31-01-03 level4 2025',
    successes,
    trials,
    eventIds: [`evt-${id}`],
  });
  const peers = [body('b1', 66), body('b2', 74), body('b3', 70), body('b4', 68), body('b5', 72)];

  it('given a body passing 99 of 100 where its peers pass about 70%, then flagged with the peer rate and its tail probability', () => {
    const [signal, ...more] = rateAbovePeers([...peers, body('b-high', 99)], thresholds);
    expect(more).toEqual([]);
    expect(signal).toMatchObject({ rule: 'rate-above-peers', subject: { kind: 'body', id: 'b-high' } });
    expect(signal?.facts.peerRate).toBeCloseTo(0.7, 6);
    expect(signal?.facts.tailProbability).toBeLessThan(thresholds.maxTailProbability);
    expect(signal?.evidence).toEqual(['evt-b-high']);
  });

  it('given a body a little above its peers, too few trials or too few peers, then not flagged', () => {
    expect(rateAbovePeers([...peers, body('b-fair', 78)], thresholds)).toEqual([]);
    expect(rateAbovePeers([...peers, body('b-small', 10, 10)], thresholds)).toEqual([]);
    expect(
      rateAbovePeers(
        [peers[0], peers[1], body('b-high', 99)].flatMap((b) => (b ? [b] : [])),
        thresholds,
      ),
    ).toEqual([]);
  });
});

describe('certificates in a burst after a session closes', () => {
  const thresholds = signalThresholds.certificateBurst;
  const session = (sessionId: string, closedAt: string, lagHours: number, count: number): SessionIssues => ({
    sessionId,
    closedAt,
    issued: Array.from({ length: count }, (_, i) => ({
      issuedAt: new Date(Date.parse(closedAt) + lagHours * 3_600_000 + i * 1000).toISOString(),
      eventId: `evt-${sessionId}-${i}`,
    })),
  });

  it('given a body that takes five days, when a session’s 40 certificates come within two hours, then flagged; the usual sessions not', () => {
    const usual = [session('s1', '2025-01-10T08:00:00Z', 120, 40), session('s2', '2025-02-10T08:00:00Z', 130, 40)];
    const burst = session('s3', '2025-03-10T08:00:00Z', 2, 40);
    const signals = certificateBursts('body-1', [...usual, burst], thresholds);
    expect(signals.map((s) => s.subject.id)).toEqual(['s3']);
    expect(signals[0]?.facts).toMatchObject({ withinWindow: 40, bodyMedianLagHours: expect.any(Number) });
  });

  it('given a body that always issues within hours, or a burst smaller than the threshold, then not flagged', () => {
    const quick = [session('s1', '2025-01-10T08:00:00Z', 3, 40), session('s2', '2025-02-10T08:00:00Z', 2, 40)];
    expect(certificateBursts('body-2', quick, thresholds)).toEqual([]);
    const small = session('s3', '2025-03-10T08:00:00Z', 2, thresholds.minCertificates - 1);
    expect(certificateBursts('body-2', [session('s1', '2025-01-10T08:00:00Z', 120, 40), small], thresholds)).toEqual(
      [],
    );
  });
});

describe('a subsidy claim for a level already held', () => {
  const certificate = (
    no: string,
    level: HeldCertificate['level'],
    issuedOn: string,
    occupationCode = '6-31-01-03',
  ) => ({
    certificateNo: no,
    occupationCode,
    level,
    issuedOn,
    eventId: `evt-${no}`,
  });
  const claimed = certificate('C2', 'level4', '2025-05-01');
  const claim = { claimId: 'clm-1', workerId: 'w1', certificate: claimed, eventId: 'evt-claim' };

  it('given an earlier certificate of the same occupation at the same or a higher level, then flagged with both', () => {
    const signals = claimForHeldLevel(claim, [claimed, certificate('C1', 'level3', '2023-04-01')]);
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      rule: 'claim-for-held-level',
      subject: { kind: 'claim', id: 'clm-1' },
      facts: { heldCertificate: 'C1', heldLevel: 'level3' },
      evidence: ['evt-claim', 'evt-C2', 'evt-C1'],
    });
  });

  it('given a lower level, another occupation or a later certificate, then not flagged', () => {
    const others = [
      certificate('C1', 'level5', '2023-04-01'),
      certificate('C3', 'level4', '2023-04-01', '4-03-02-01'),
      certificate('C4', 'level4', '2025-06-01'),
    ];
    expect(claimForHeldLevel(claim, [claimed, ...others])).toEqual([]);
  });
});

describe('an examiner assessing their own employer’s candidates', () => {
  it('given an examiner and candidates of one employer, then flagged; employers unknown or different, not', () => {
    const candidates = [
      { workerId: 'w1', employerCode: '91510100MA61234567', eventId: 'e1' },
      { workerId: 'w2', employerCode: null, eventId: 'e2' },
      { workerId: 'w3', employerCode: '91510100MA7654321X', eventId: 'e3' },
    ];
    const examiners = [
      { examinerId: 'x1', employerCode: '91510100MA61234567' },
      { examinerId: 'x2', employerCode: null },
    ];
    const signals = examinerOwnEmployer({ sessionId: 'S1', examiners, candidates });
    expect(signals).toEqual([
      expect.objectContaining({
        rule: 'examiner-own-employer',
        facts: expect.objectContaining({ examinerId: 'x1', candidates: 1 }),
        evidence: ['e1'],
      }),
    ]);
  });
});
