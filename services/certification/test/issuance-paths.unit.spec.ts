import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { competitionIssuance } from '../src/domain/competition-issuance.ts';
import { directRecognition } from '../src/domain/direct-recognition/direct-recognition.ts';
import { recognitionRules } from '../src/domain/direct-recognition/recognition-rules.ts';
import { certificateIdFor } from '../src/domain/issuance.ts';
import { legacyIssuance } from '../src/domain/legacy-certificate.ts';
import { decidedOn, legacyRow, recognition } from './issuance-samples.ts';
import { promotionAwarded } from './samples.ts';

const TODAY = '2025-09-12';
const catalogue = testCatalogue();

describe('direct recognition 直接认定 (rules as data, ⚠ unconfirmed)', () => {
  const given = recognition;

  it('given an approving panel and the years of the level rule, then it issues dated the decision, keyed by the case', () => {
    expect(directRecognition(given, TODAY, catalogue)).toMatchObject({
      certificateId: certificateIdFor('direct-recognition:CY-2025-0042'),
      level: 'level2',
      issuedOn: '2025-09-10',
      basis: { path: 'direct-recognition', sourceEventId: null },
      certificateNo: null,
    });
    expect(directRecognition(given, TODAY, catalogue).basis.reference).toContain('dr-level2');
  });

  it('given too few years, then RECOGNITION_NOT_ELIGIBLE names the rule and what is unmet', () => {
    const short = { ...given, evidence: { ...given.evidence, yearsInOccupation: 7 } };
    expect(() => directRecognition(short, TODAY, catalogue)).toThrow(
      expect.objectContaining({ code: 'RECOGNITION_NOT_ELIGIBLE' }),
    );
    try {
      directRecognition(short, TODAY, catalogue);
    } catch (error) {
      expect((error as { details: unknown }).details).toEqual({
        ruleId: 'dr-level2',
        rule: '二级: 8 年',
        unmet: ['needs 8 years, has 7'],
      });
    }
  });

  it('given a rejecting panel, then nothing is issued whatever the years', () => {
    const rejected = {
      ...given,
      evidence: { ...given.evidence, panel: { ...given.evidence.panel, decision: 'rejected' as const } },
    };
    expect(() => directRecognition(rejected, TODAY, catalogue)).toThrow(
      expect.objectContaining({ code: 'RECOGNITION_PANEL_NOT_APPROVED' }),
    );
  });

  it('特级技师 needs 一级 held as well as the years; the table reaches up to it and no further', () => {
    const principal = {
      ...given,
      level: 'principal-technician' as const,
      evidence: { ...given.evidence, yearsInOccupation: 20 },
    };
    expect(() => directRecognition(principal, TODAY, catalogue)).toThrow(
      expect.objectContaining({ code: 'RECOGNITION_NOT_ELIGIBLE' }),
    );
    const holding = { ...principal, evidence: { ...principal.evidence, heldLevel: 'level1' as const } };
    expect(directRecognition(holding, TODAY, catalogue).level).toBe('principal-technician');
    expect(recognitionRules.map((r) => r.level)).toEqual([
      'level5',
      'level4',
      'level3',
      'level2',
      'level1',
      'principal-technician',
    ]);
  });

  it('given a decision day after today or before 2019, then RECOGNITION_DATE_IMPLAUSIBLE names the field and rule', () => {
    expect(() => directRecognition(decidedOn('2025-09-13'), TODAY, catalogue)).toThrow(
      expect.objectContaining({
        code: 'RECOGNITION_DATE_IMPLAUSIBLE',
        details: { field: 'evidence.panel.decidedOn', rule: 'not_after_today' },
      }),
    );
    expect(() => directRecognition(decidedOn('2018-12-31'), TODAY, catalogue)).toThrow(
      expect.objectContaining({ details: { field: 'evidence.panel.decidedOn', rule: 'not_before_2019' } }),
    );
    expect(directRecognition(decidedOn(TODAY), TODAY, catalogue).issuedOn).toBe(TODAY);
  });
});

describe('legacy 职业资格证书 import (docs/domain.md §3.2)', () => {
  const row = legacyRow;

  it('keeps its number, has no 备案号, and its id derives from the number', () => {
    const checked = legacyIssuance(row, TODAY, catalogue);
    expect(checked).toMatchObject({
      ok: true,
      issuance: {
        certificateId: certificateIdFor('legacy:0951012003300042'),
        certificateNo: '0951012003300042',
        body: { bodyId: 'legacy-51012003', filingNo: null, bodyName: '四川省职业技能鉴定指导中心' },
        basis: { path: 'legacy' },
      },
    });
  });

  it('refuses a number whose level digit or year disagrees with the row, and a new-style number', () => {
    expect(legacyIssuance({ ...row, level: 'level2' }, TODAY, catalogue)).toMatchObject({
      ok: false,
      problems: [{ column: 'level', rule: 'level_mismatch' }],
    });
    expect(legacyIssuance({ ...row, issuedOn: '2010-01-05' }, TODAY, catalogue)).toMatchObject({
      ok: false,
      problems: [{ column: 'issuedOn', rule: 'year_mismatch' }],
    });
    expect(legacyIssuance({ ...row, certificateNo: 'Y000051001064253000123' }, TODAY, catalogue)).toMatchObject({
      ok: false,
      problems: [{ column: 'certificateNo', rule: 'not_legacy_number' }],
    });
  });

  it('refuses a certificate issued after the day of the import, whose number year alone cannot tell (99 is 1999 or 2099)', () => {
    const future = { ...row, certificateNo: '9951012003300042', issuedOn: '2099-12-01' };
    expect(legacyIssuance(future, TODAY, catalogue)).toMatchObject({
      ok: false,
      problems: [{ column: 'issuedOn', rule: 'not_after_today' }],
    });
    expect(legacyIssuance({ ...future, issuedOn: '1999-12-01' }, TODAY, catalogue)).toMatchObject({ ok: true });
  });

  it('a 上海 13-digit number is kept as queried, with 000 in front', () => {
    expect(legacyIssuance({ ...row, certificateNo: '0531000123456' }, TODAY, catalogue)).toMatchObject({
      ok: true,
      issuance: { certificateNo: '0000531000123456', body: { bodyId: 'legacy-shanghai' } },
    });
  });
});

describe('competition promotion (docs/domain.md §4.1)', () => {
  it("issues at the rule's level in the named body's name, dated the confirmation, keyed by the event", () => {
    const issuance = competitionIssuance(promotionAwarded('2025-11-02T08:00:00.000Z'));
    expect(issuance).toMatchObject({
      certificateId: certificateIdFor('0a1b2c3d-0000-4000-8000-000000000001'),
      level: 'level1',
      issuedOn: '2025-11-02',
      body: { filingNo: 'S000051000012' },
      basis: { path: 'competition', sourceEventId: '0a1b2c3d-0000-4000-8000-000000000001' },
    });
  });
});
