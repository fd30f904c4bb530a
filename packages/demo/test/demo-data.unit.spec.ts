import {
  BodyFilingNoSchema,
  checkResidentId,
  checkUnifiedSocialCreditCode,
  residentIdCheckChar,
} from '@tianfu/contracts';
import { randomFor, seededRandom } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { bodyFilingNo, unifiedSocialCreditCode } from '../src/bodies/body-codes.ts';
import { certificateNumber } from '../src/certificate-numbers.ts';
import { demoPeople } from '../src/people/demo-people.ts';
import { birthDateOf, residentIdNumber } from '../src/people/resident-ids.ts';

describe('demo identities', () => {
  it('makes 居民身份证号 that pass the GB 11643 check, with the sex in the sequence parity', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const sex = i % 2 === 0 ? 'male' : 'female';
      const idNumber = residentIdNumber(random, { addressCode: '513301', sex, bornFrom: 1960, bornTo: 2004 });
      expect(checkResidentId(idNumber).ok).toBe(true);
      expect(Number(idNumber.charAt(16)) % 2).toBe(sex === 'male' ? 1 : 0);
      expect(idNumber.slice(0, 6)).toBe('513301');
      expect(Number(birthDateOf(idNumber).slice(0, 4))).toBeGreaterThanOrEqual(1960);
    }
  });

  it('agrees with the check characters of docs/domain.md §6.2', () => {
    for (const vector of ['11010519491231002X', '440524188001010014', '513101198201130014']) {
      expect(residentIdCheckChar(vector.slice(0, 17))).toBe(vector.charAt(17));
    }
  });

  it('never hands out an ID number twice, and names people in their region’s tradition', () => {
    const people = demoPeople();
    const random = seededRandom(11);
    const made = Array.from({ length: 3000 }, () => people(random, '513300', { from: 1970, to: 1975 }));
    expect(new Set(made.map((p) => p.document.idNumber)).size).toBe(made.length);
    expect(made.filter((p) => p.name.length === 4).length).toBeGreaterThan(1000);
    expect(made.every((p) => /^\p{Script=Han}{2,4}$/u.test(p.name))).toBe(true);
  });
});

describe('demo bodies', () => {
  it('makes 统一社会信用代码 that pass the GB 32100 check', () => {
    const random = seededRandom(3);
    for (const category of ['employer', 'social-organisation', 'technical-college'] as const) {
      for (let i = 0; i < 200; i++) {
        const code = unifiedSocialCreditCode(random, category, '510107');
        expect(checkUnifiedSocialCreditCode(code)).toEqual({ ok: true, value: code });
        expect(code.slice(2, 8)).toBe('510107');
      }
    }
  });

  it('writes 备案号 as docs/domain.md §3.2 does: kind, body code, 51, sequence', () => {
    expect(bodyFilingNo('technical-college', 1064)).toBe('Y000051001064');
    expect(bodyFilingNo('social-organisation', 1021)).toBe('S000051001021');
    expect(bodyFilingNo('employer', 42, 1234)).toBe('Y123451000042');
    expect(BodyFilingNoSchema.safeParse(bodyFilingNo('employer', 999_999, 9999)).success).toBe(true);
  });

  it('numbers certificates as docs/domain.md §3.2’s example does', () => {
    expect(certificateNumber('Y000051001064', 2025, 'level3', 123)).toBe('Y000051001064253000123');
    expect(certificateNumber('S000051001021', 2026, 'level1')).toBe('S000051001021261000001');
  });
});

describe('seeded randomness', () => {
  it('gives the same choices for the same seed or name, and others for another', () => {
    const draw = (random: ReturnType<typeof seededRandom>) => Array.from({ length: 5 }, () => random.int(0, 1e6));
    expect(draw(seededRandom(42))).toEqual(draw(seededRandom(42)));
    expect(draw(randomFor('session:a'))).toEqual(draw(randomFor('session:a')));
    expect(draw(randomFor('session:a'))).not.toEqual(draw(randomFor('session:b')));
  });

  it('weighs choices by their weights', () => {
    const random = seededRandom(5);
    const picks = Array.from({ length: 4000 }, () =>
      random.weighted([
        ['a', 3],
        ['b', 1],
      ] as const),
    );
    const share = picks.filter((p) => p === 'a').length / picks.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });
});
