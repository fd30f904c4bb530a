import type { CertifiedLevel } from '@tianfu/skill-rules';
import { describe, expect, it } from 'vitest';
import { issuedFact, revokedFact, sampleWorker } from '../../../packages/platform-certificates/test/fact-samples.ts';
import { type PlatformFacts, platformLevels } from '../src/application/platform-levels.ts';
import type { OutcomeFact } from '../src/domain/platform-facts.ts';

const worker = sampleWorker;
const other = 'b'.repeat(64);
const electrician = '6-31-01-03';
const legacyNo = '1951011001400001'; // old 职业资格证书: 16 digits, level digit 4 (docs/domain.md §3.2)

const issued = issuedFact;
const revoked = revokedFact;
const outcome = (n: number, passed: boolean, decidedAt: string, level: CertifiedLevel = 'level4'): OutcomeFact => ({
  _id: `outcome-${n}`,
  workerId: worker,
  assessment: 'session-1/00001',
  passed,
  level,
  occupationCode: electrician,
  sessionDate: '2020-06-20',
  decidedAt,
});

const levelsOf = (facts: Partial<PlatformFacts>, workerId = worker) =>
  platformLevels({ outcomes: [], certificates: [], ...facts }).get(workerId) ?? [];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations(items.toSpliced(i, 1)).map((rest) => [item, ...rest]));
}

// Which certificates are still held (any path, revoked drops out, any order) is tested with the
// derivation in packages/platform-certificates; here, what assessment makes of them.
describe('§2.3 the levels the platform knows: certificates (docs/domain.md §2.3 "certificate or old 职业资格")', () => {
  it('§1/§2.3 an old 职业资格证书 imported as legacy counts, named by its number', () => {
    const legacy = issued(1, { path: 'legacy', certificateNo: legacyNo });
    expect(levelsOf({ certificates: [legacy] })).toEqual([
      {
        level: 'level4',
        occupationCode: electrician,
        obtainedOn: '2019-05-01',
        source: 'platform-certificate',
        certificateNo: legacyNo,
      },
    ]);
  });

  it('§2.3 a revoked exam certificate takes back the pass it was issued from', () => {
    const pass = outcome(1, true, '2020-06-21T08:00:00.000Z');
    const exam = issued(1, { path: 'exam', sourceEventId: pass._id, issuedOn: '2020-06-21' });
    expect(levelsOf({ outcomes: [pass], certificates: [exam] }).map((h) => h.source)).toEqual([
      'platform-outcome',
      'platform-certificate',
    ]);
    expect(levelsOf({ outcomes: [pass], certificates: [exam, revoked(1)] })).toEqual([]);
  });

  it('§1 steps outside the five certified levels (学徒工, 特级技师, 首席技师) are not §2.3 levels', () => {
    const posts = (['apprentice', 'principal-technician', 'chief-technician'] as const).map((level, i) =>
      issued(i, { level }),
    );
    expect(levelsOf({ certificates: posts })).toEqual([]);
  });

  it("§2.3 one worker's facts say nothing of another", () => {
    const theirs = issued(2, { workerId: other });
    const facts = { certificates: [issued(1), theirs, revoked(2, other)] };
    expect(levelsOf(facts).map((h) => h.certificateNo)).toEqual([issued(1).certificateNo]);
    expect(levelsOf(facts, other)).toEqual([]);
  });
});

describe('§2.3 the levels the platform knows: outcomes decided here', () => {
  it('§2.2/§2.3 the latest outcome of an assessment decides: a pass corrected to a failure is not held', () => {
    const pass = outcome(1, true, '2020-06-21T08:00:00.000Z');
    const corrected = outcome(2, false, '2020-07-01T08:00:00.000Z');
    expect(levelsOf({ outcomes: [pass] }).map((h) => h.source)).toEqual(['platform-outcome']);
    expect(levelsOf({ outcomes: [corrected, pass] })).toEqual([]);
  });
});

describe('§2.3 facts in any order give the same levels', () => {
  it('§2.3 every arrival order of outcomes, issuances and revocations gives one answer', () => {
    const sameInstant = '2020-06-21T08:00:00.000Z';
    const outcomes = [outcome(1, true, sameInstant), outcome(2, false, sameInstant), outcome(3, true, sameInstant)];
    const certificates = [issued(1, { path: 'legacy', certificateNo: legacyNo }), issued(2), revoked(2)];
    const expected = levelsOf({ outcomes, certificates });
    expect(expected.map((h) => h.source)).toEqual(['platform-certificate', 'platform-outcome']);
    for (const o of permutations(outcomes)) {
      for (const c of permutations(certificates)) expect(levelsOf({ outcomes: o, certificates: c })).toEqual(expected);
    }
  });
});
