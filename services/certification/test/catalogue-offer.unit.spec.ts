import type { CatalogueEvent } from '@tianfu/catalogue-view/state';
import type { CertificateDigit } from '@tianfu/contracts';
import { standardAmended, testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { directRecognition, type RecogniseDirectly } from '../src/domain/direct-recognition/direct-recognition.ts';
import { legacyIssuance } from '../src/domain/legacy-certificate.ts';
import { decidedOn, legacyRow, recognition } from './issuance-samples.ts';

const TODAY = '2025-09-12';
const reason = '测试';
const welder = '6-18-02-04';
// Retired from the test catalogue on 2024-01-01.
const retired = '6-31-01-99';

const welding2018 = (levels: CertificateDigit[]) =>
  standardAmended(welder, '2018', '2018-12-01', { title: '国家职业技能标准 焊工（2018年版）', levels, reason });

// Years and a level held enough for 二级 and 特级技师: only the catalogue refuses here.
const given: RecogniseDirectly = {
  ...recognition,
  evidence: { ...recognition.evidence, yearsInOccupation: 20, heldLevel: 'level1' },
};
const refusal = (code: string, details: object) => expect.objectContaining({ code, details });

describe('direct recognition issues only what the catalogue offers (docs/domain.md §3.4)', () => {
  it('given an occupation the catalogue does not hold, then OCCUPATION_NOT_IN_CATALOGUE names the field', () => {
    expect(() => directRecognition({ ...given, occupationCode: '6-99-01-01' }, TODAY, testCatalogue())).toThrow(
      refusal('OCCUPATION_NOT_IN_CATALOGUE', { field: 'occupationCode', rule: 'in_catalogue' }),
    );
  });

  it('given an occupation retired before the panel decided, then refused; decided before it retired, then issued', () => {
    const recognised = { ...given, occupationCode: retired };
    expect(() => directRecognition(recognised, TODAY, testCatalogue())).toThrow(
      refusal('OCCUPATION_NOT_IN_CATALOGUE', { field: 'occupationCode', rule: 'not_retired', retiredOn: '2024-01-01' }),
    );
    const before = { ...decidedOn('2023-06-01', given), occupationCode: retired };
    expect(directRecognition(before, TODAY, testCatalogue()).occupationCode).toBe(retired);
  });

  it('given a standard in force that offers 五级–三级 only, then 二级 is LEVEL_NOT_OFFERED naming the level; 三级 issues', () => {
    const catalogue = testCatalogue(welding2018([5, 4, 3]));
    expect(() => directRecognition(given, TODAY, catalogue)).toThrow(
      refusal('LEVEL_NOT_OFFERED', {
        field: 'level',
        rule: 'offered_by_standard_in_force',
        standardVersion: '2018',
        levels: [5, 4, 3],
      }),
    );
    expect(directRecognition({ ...given, level: 'level3' }, TODAY, catalogue).level).toBe('level3');
  });

  it('given no standard of the occupation in force on the day of the decision, then no level is offered', () => {
    const withdrawn: CatalogueEvent = {
      type: 'catalogue.StandardRetired',
      data: { occupationCode: welder, version: '2018', retiredOn: '2025-01-01', reason },
    };
    const catalogue = testCatalogue(withdrawn);
    expect(() => directRecognition(given, TODAY, catalogue)).toThrow(
      refusal('LEVEL_NOT_OFFERED', expect.objectContaining({ field: 'level', standardVersion: null })),
    );
    expect(directRecognition(decidedOn('2024-12-31', given), TODAY, catalogue).issuedOn).toBe('2024-12-31');
  });

  it('特级技师 is a post, not a level of a standard: its occupation must be in the catalogue, its levels are not asked', () => {
    const principal = { ...given, level: 'principal-technician' as const };
    expect(directRecognition(principal, TODAY, testCatalogue(welding2018([5, 4, 3]))).level).toBe(
      'principal-technician',
    );
    expect(() => directRecognition({ ...principal, occupationCode: '6-99-01-01' }, TODAY, testCatalogue())).toThrow(
      refusal('OCCUPATION_NOT_IN_CATALOGUE', { field: 'occupationCode', rule: 'in_catalogue' }),
    );
  });
});

describe('a legacy 职业资格证书 names an occupation of the catalogue (docs/domain.md §3.2)', () => {
  const row = legacyRow;

  it('given a code the catalogue does not hold, then the row names the column and rule', () => {
    expect(legacyIssuance({ ...row, occupationCode: '6-99-01-01' }, TODAY, testCatalogue())).toEqual({
      ok: false,
      problems: [
        { column: 'occupationCode', rule: 'in_catalogue', message: 'occupation 6-99-01-01 is not in the catalogue' },
      ],
    });
  });

  it('given an occupation retired since, or a level no standard of today offers, then it is history and imports', () => {
    expect(legacyIssuance({ ...row, occupationCode: retired }, TODAY, testCatalogue())).toMatchObject({ ok: true });
    const welderRow = { ...row, occupationCode: welder, certificateNo: '0951012003100042', level: 'level1' as const };
    expect(legacyIssuance(welderRow, TODAY, testCatalogue(welding2018([5, 4, 3])))).toMatchObject({ ok: true });
  });
});
