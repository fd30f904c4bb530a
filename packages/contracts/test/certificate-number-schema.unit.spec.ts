import { describe, expect, it } from 'vitest';
import { AnyCertificateNumberSchema } from '../src/index.ts';

const problemOf = (input: string) => {
  const parsed = AnyCertificateNumberSchema.safeParse(input);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '');
};

describe('AnyCertificateNumberSchema (docs/domain.md §3.2)', () => {
  it('given a number of each kind as printed, then it is accepted, trimmed', () => {
    for (const number of ['Y000051001064253000123', 'TJ00005100106425000001', '0551010120230001', '1234567890123']) {
      expect(AnyCertificateNumberSchema.parse(` ${number} `)).toBe(number);
    }
  });

  it('given a level digit outside 1–5, then the rule is CERT_NO_LEVEL', () => {
    expect(problemOf('Y000051001064257000123')).toMatch(/^CERT_NO_LEVEL: .*1–5/);
  });

  it('given 21 characters, then the rule is CERT_NO_FORMAT', () => {
    expect(problemOf('Y00005100106425300012')).toMatch(/^CERT_NO_FORMAT: /);
  });

  it('given lower case, then it is refused rather than changed', () => {
    expect(problemOf('y000051001064253000123')).toMatch(/^CERT_NO_CASE: .*capital letters/);
  });

  it('given a body kind other than Y or S, then the rule is CERT_NO_BODY_KIND', () => {
    expect(problemOf('X000051001064253000123')).toMatch(/^CERT_NO_BODY_KIND: /);
  });
});
