import { describe, expect, it } from 'vitest';
import { IdDocumentSchema, idTypeRules, idTypes, maskIdNumber, normaliseIdDocument } from '../src/index.ts';

describe('IdDocument (docs/domain.md §6.3)', () => {
  it('covers 居民身份证 and the other 证件类型, each with a rule', () => {
    expect(idTypes).toEqual([
      'resident-id-card',
      'passport',
      'hk-macao-mainland-travel-permit',
      'taiwan-mainland-travel-permit',
      'foreign-permanent-resident-id-card',
      'hk-macao-taiwan-residence-permit',
    ]);
    expect(idTypeRules.map((r) => r.idType)).toEqual([...idTypes]);
  });

  it('given a resident ID card, then the checksum runs and the number becomes 18 characters', () => {
    expect(normaliseIdDocument({ idType: 'resident-id-card', idNumber: '110105491231002' })).toEqual({
      ok: true,
      value: { idType: 'resident-id-card', idNumber: '11010519491231002X' },
    });
    const bad = normaliseIdDocument({ idType: 'resident-id-card', idNumber: '440524188001010015' });
    expect(!bad.ok && bad.code).toBe('ID_CHECKSUM');
  });

  it('given another document, then it is trimmed and upper-cased, with no checksum', () => {
    expect(normaliseIdDocument({ idType: 'passport', idNumber: ' e12345678 ' })).toEqual({
      ok: true,
      value: { idType: 'passport', idNumber: 'E12345678' },
    });
    const permit = normaliseIdDocument({ idType: 'hk-macao-taiwan-residence-permit', idNumber: '810000199001010011' });
    expect(permit.ok).toBe(true);
  });

  it.each([
    ['passport', 'E12'],
    ['passport', 'E1234-5678'],
    ['taiwan-mainland-travel-permit', '1234567'],
    ['hk-macao-mainland-travel-permit', 'H1234567890123'],
  ] as const)('given %s %j, then it is ID_FORMAT', (idType, idNumber) => {
    const result = normaliseIdDocument({ idType, idNumber });
    expect(!result.ok && result.code).toBe('ID_FORMAT');
  });

  it('parses at an edge into the normalised document, or an issue on idNumber', () => {
    expect(IdDocumentSchema.parse({ idType: 'resident-id-card', idNumber: '11010519491231002x' })).toEqual({
      idType: 'resident-id-card',
      idNumber: '11010519491231002X',
    });
    const issue = IdDocumentSchema.safeParse({ idType: 'resident-id-card', idNumber: '11010519490231002X' }).error
      ?.issues[0];
    expect(issue).toMatchObject({ path: ['idNumber'], message: expect.stringContaining('ID_DATE') });
    expect(IdDocumentSchema.safeParse({ idType: 'driving-licence', idNumber: 'X' }).success).toBe(false);
  });
});

describe('maskIdNumber (docs/architecture.md "Identity and personal data")', () => {
  it('shows the first 4 and last 4 of an 18-character number', () => {
    expect(maskIdNumber('51010119900101123X')).toBe('5101**********123X');
  });

  it('shows at most a quarter at each end of short numbers', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('123')).toBe('***');
  });
});
