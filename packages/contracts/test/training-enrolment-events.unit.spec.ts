import { describe, expect, it } from 'vitest';
import {
  CompletionRuleSchema,
  createEventRegistry,
  EnrolTraineeSchema,
  enrolmentEvents,
  HoursSchema,
  IssueVoucherSchema,
  SignInSchema,
  TrainingTargetGroupsSchema,
} from '../src/index.ts';

const registry = createEventRegistry([...enrolmentEvents]);
// Data as a writer might send it, right or wrong: the schema, not the compiler, is under test.
const validate = (type: (typeof registry.eventTypes)[number], data: object) =>
  registry.validateNew(type, data as never);
const key = `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
const enrolled = {
  classId: 'cls-1',
  providerId: 'prv-1',
  enrolmentId: '00001',
  workerId: 'ab'.repeat(32),
  holderName: `n1.${key}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`,
  targetGroups: `g1.${key}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`,
  voucherId: null,
  enrolledAt: '2025-03-01T10:00:00+08:00',
};

describe('training.TraineeEnrolled: 实名制 without a raw ID number or clear personal data (docs/domain.md §6.3, §7.2)', () => {
  it('takes a workerId with name and target groups sealed', () => {
    expect(validate('training.TraineeEnrolled', enrolled)).toMatchObject({ schemaVersion: 1 });
  });

  it('refuses a clear name, clear target groups, or an ID number where the workerId goes', () => {
    expect(() => validate('training.TraineeEnrolled', { ...enrolled, holderName: '张三' })).toThrow(/holderName/);
    expect(() => validate('training.TraineeEnrolled', { ...enrolled, targetGroups: 'rural-migrant' })).toThrow(
      /targetGroups/,
    );
    expect(() => validate('training.TraineeEnrolled', { ...enrolled, workerId: '11010519491231002X' })).toThrow(
      /workerId/,
    );
  });
});

describe('values of training enrolment', () => {
  it('target groups are §7.2’s list, at least one, each once', () => {
    expect(TrainingTargetGroupsSchema.parse(['rural-migrant', 'veteran'])).toEqual(['rural-migrant', 'veteran']);
    expect(() => TrainingTargetGroupsSchema.parse([])).toThrow(/at least one target group/);
    expect(() => TrainingTargetGroupsSchema.parse(['veteran', 'veteran'])).toThrow(/at most once/);
    expect(() => TrainingTargetGroupsSchema.parse(['farmer'])).toThrow(/§7.2/);
  });

  it('hours count in half hours and never below zero', () => {
    expect(HoursSchema.parse(7.5)).toBe(7.5);
    expect(() => HoursSchema.parse(7.25)).toThrow(/half hours/);
    expect(() => HoursSchema.parse(-1)).toThrow(/negative/);
  });

  it('a completion rule is dated data with a source and a share in (0, 1]', () => {
    const rule = {
      ruleId: 'r',
      kinds: ['safety'],
      minAttendanceShare: 0.8,
      effectiveFrom: '2025-09-01',
      effectiveTo: null,
      region: '510000',
      source: '川人社规〔2025〕11号',
      clause: '考勤 ⚠',
      confirmed: false,
    };
    expect(CompletionRuleSchema.parse(rule)).toEqual(rule);
    expect(() => CompletionRuleSchema.parse({ ...rule, minAttendanceShare: 80 })).toThrow();
    expect(() => CompletionRuleSchema.parse({ ...rule, effectiveTo: '2025-01-01' })).toThrow(/effectiveTo/);
  });
});

describe('the requests of training enrolment', () => {
  const document = { idType: 'resident-id-card', idNumber: '513101198201130014' };

  it('an enrolment checks the ID number by GB 11643 and names the field it refuses', () => {
    const ok = EnrolTraineeSchema.parse({ document, name: '张三', targetGroups: ['rural-migrant'] });
    expect(ok).toMatchObject({ document, targetGroups: ['rural-migrant'] });
    const bad = EnrolTraineeSchema.safeParse({
      document: { ...document, idNumber: '513101198201130015' },
      name: '张三',
      targetGroups: ['rural-migrant'],
    });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['document', 'idNumber'], params: { code: 'ID_CHECKSUM' } });
  });

  it('a voucher expires on or after its issue, in a Sichuan 市(州)', () => {
    const voucher = { voucherId: 'V-1', document, kind: 'safety', regionCode: '510100', issuedOn: '2025-01-01' };
    expect(IssueVoucherSchema.safeParse({ ...voucher, expiresOn: '2025-12-31' }).success).toBe(true);
    expect(IssueVoucherSchema.safeParse({ ...voucher, expiresOn: '2024-12-31' }).error?.issues[0]?.path).toEqual([
      'expiresOn',
    ]);
    expect(IssueVoucherSchema.safeParse({ ...voucher, regionCode: '110100', expiresOn: '2025-12-31' }).success).toBe(
      false,
    );
  });

  it('a sign-in carries its instant with the offset', () => {
    const signIn = { document, sittingId: 's1', signedAt: '2025-03-03T09:05:00+08:00' };
    expect(SignInSchema.safeParse(signIn).success).toBe(true);
    expect(SignInSchema.safeParse({ ...signIn, signedAt: '2025-03-03 09:05' }).error?.issues[0]?.path).toEqual([
      'signedAt',
    ]);
  });
});
