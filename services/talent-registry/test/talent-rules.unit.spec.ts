import type { AppointmentMadeData, HonourGrantedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { type Appoint, appointmentDecider } from '../src/domain/appointment.ts';
import { checkAppointment, withPlatformLevels } from '../src/domain/appointment-rules.ts';
import { honourGrantDecider } from '../src/domain/honour-grant.ts';

const workerId = 'f'.repeat(64);
const welder = '6-18-02-04';

describe('honours: once per worker, honour and round (docs/domain.md §4.2)', () => {
  const spec = deciderSpec(honourGrantDecider);
  const granted: HonourGrantedData = {
    grantId: `sichuan-technical-expert:2024:${workerId}`,
    workerId,
    holderName: null,
    honour: 'sichuan-technical-expert',
    round: '2024',
    grantedOn: '2024-12-01',
    authority: '四川省人力资源和社会保障厅',
    documentNo: '川人社函〔2024〕1号',
    regionCode: '510700',
    source: { kind: 'decision' },
  };
  const event = { type: 'talent.HonourGranted' as const, data: granted };

  it('grants once; a second grant in the round is refused; a redelivered competition grant is a no-op', () => {
    spec
      .given([])
      .when({ type: 'GrantHonour', data: granted })
      .thenEmits([{ ...event, workerId }]);
    spec.given([event]).when({ type: 'GrantHonour', data: granted }).thenThrows('HONOUR_ALREADY_GRANTED');
    const fromContest = {
      ...granted,
      source: { kind: 'competition' as const, competitionId: 'c-1', sourceEventId: 'e-1' },
    };
    spec
      .given([{ ...event, data: fromContest }])
      .when({ type: 'GrantHonour', data: fromContest })
      .thenEmits([]);
  });

  it('revokes with a reason once', () => {
    const revoke = { grantId: granted.grantId, reason: '弄虚作假', at: '2025-01-01T00:00:00.000Z' };
    spec
      .given([event])
      .when({ type: 'RevokeHonour', data: revoke })
      .thenEmits([{ type: 'talent.HonourRevoked', data: { ...revoke, workerId }, workerId, occurredAt: revoke.at }]);
    spec
      .given([event, { type: 'talent.HonourRevoked', data: { ...revoke, workerId } }])
      .when({ type: 'RevokeHonour', data: revoke })
      .thenThrows('HONOUR_ALREADY_REVOKED');
  });
});

describe('appointments 特级技师 / 首席技师 (docs/domain.md §1 ⚠ prerequisites as data)', () => {
  const spec = deciderSpec(appointmentDecider);
  const appoint = (
    post: Appoint['data']['post'],
    evidence: Appoint['data']['evidence'],
    overrideReason: string | null = null,
    mayOverride = true,
  ): Appoint => ({
    type: 'Appoint',
    data: {
      appointmentId: 'a-1',
      workerId,
      holderName: null,
      post,
      employer: { bodyId: 'heavy-industry', filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' },
      occupationCode: welder,
      workType: '--',
      termStart: '2025-01-01',
      termEnd: '2027-12-31',
      appointedAt: '2025-01-01T00:00:00.000Z',
      evidence,
      overrideReason,
      mayOverride,
    },
  });
  const none = { heldLevels: [], heldPosts: [] };
  const eligibilityOf = (events: readonly unknown[]) => (events[0] as { data: AppointmentMadeData }).data.eligibility;

  it('特级技师 needs 高级技师 in the occupation: met → the rule is recorded; unmet → 422-class error naming it', () => {
    const evidence = { heldLevels: [{ occupationCode: welder, level: 'level1' as const }], heldPosts: [] };
    const made = spec.given([]).when(appoint('principal-technician', evidence)).emitted();
    expect(eligibilityOf(made)).toEqual({
      basis: 'rule',
      ruleId: 'principal-needs-level1',
      summary: `特级技师: 高级技师（一级）in the occupation ⚠; level1 ${welder}, declared`,
    });
    spec.given([]).when(appoint('principal-technician', none)).thenThrows('APPOINTMENT_PREREQUISITE_UNMET', {
      ruleId: 'principal-needs-level1',
      rule: '特级技师: 高级技师（一级）in the occupation ⚠',
    });
  });

  it('首席技师 needs 特级技师 in the same occupation; another occupation does not count; an override records its reason', () => {
    const elsewhere = {
      heldLevels: [],
      heldPosts: [{ occupationCode: '6-31-01-03', post: 'principal-technician' as const }],
    };
    expect(checkAppointment('chief-technician', welder, elsewhere)?.met).toBe(false);
    spec.given([]).when(appoint('chief-technician', elsewhere)).thenThrows('APPOINTMENT_PREREQUISITE_UNMET');
    const made = spec
      .given([])
      .when(appoint('chief-technician', none, '省级技能大师，经专家评议'))
      .emitted();
    expect(eligibilityOf(made)).toMatchObject({
      basis: 'override',
      reason: '省级技能大师，经专家评议',
    });
  });

  it('the appointing enterprise alone may not override an unmet prerequisite: that takes the talent office', () => {
    spec
      .given([])
      .when(appoint('principal-technician', none, '经专家评议', false))
      .thenThrows('APPOINTMENT_OVERRIDE_NOT_ALLOWED', { field: 'overrideReason', ruleId: 'principal-needs-level1' });
    const met = { heldLevels: [{ occupationCode: welder, level: 'level1' as const }], heldPosts: [] };
    const made = spec
      .given([])
      .when(appoint('principal-technician', met, '多余的理由', false))
      .emitted();
    expect(eligibilityOf(made)).toMatchObject({ basis: 'rule' });
  });

  it('the evidence is the declared levels and posts together with the certificates the platform knows', () => {
    const declared = {
      heldLevels: [{ occupationCode: welder, level: 'level2' as const }],
      heldPosts: [{ occupationCode: welder, post: 'principal-technician' as const }],
    };
    const certificate = { occupationCode: welder, level: 'level1' as const, certificateNo: 'S000051001064251000001' };
    const evidence = withPlatformLevels(declared, [certificate]);
    expect(evidence).toEqual({ heldLevels: [certificate, ...declared.heldLevels], heldPosts: declared.heldPosts });
    expect(checkAppointment('principal-technician', welder, declared)?.met).toBe(false);
    const made = spec.given([]).when(appoint('principal-technician', evidence)).emitted();
    expect(eligibilityOf(made)).toEqual({
      basis: 'rule',
      ruleId: 'principal-needs-level1',
      summary: `特级技师: 高级技师（一级）in the occupation ⚠; level1 ${welder}, platform certificate S000051001064251000001`,
    });
    const both = withPlatformLevels({ ...none, heldLevels: [{ occupationCode: welder, level: 'level1' }] }, [
      certificate,
    ]);
    expect(checkAppointment('principal-technician', welder, both)?.metBy).toContain('platform certificate');
    expect(checkAppointment('chief-technician', welder, evidence)?.metBy).toBe(
      `principal-technician post ${welder}, declared`,
    );
  });

  it('given a social-kind evaluation body (备案号 S…) as the appointing employer, then 422 naming the rule', () => {
    const evidence = { heldLevels: [{ occupationCode: welder, level: 'level1' as const }], heldPosts: [] };
    const byEmployer = appoint('principal-technician', evidence);
    const social = { bodyId: 'welding-society', filingNo: 'S000051000012', bodyName: '四川省焊接协会' };
    for (const post of ['principal-technician', 'chief-technician'] as const) {
      const command = { ...byEmployer, data: { ...byEmployer.data, post, employer: social } };
      spec.given([]).when(command).thenThrows('APPOINTING_BODY_NOT_EMPLOYER', {
        field: 'employer.filingNo',
        rule: 'employer_kind_only',
      });
    }
  });

  it('a term must end after it starts; an ended appointment cannot be renewed', () => {
    const evidence = { heldLevels: [{ occupationCode: welder, level: 'level1' as const }], heldPosts: [] };
    const bad = appoint('principal-technician', evidence);
    spec
      .given([])
      .when({ ...bad, data: { ...bad.data, termEnd: '2024-12-31' } })
      .thenThrows('APPOINTMENT_TERM_INVALID');
    const [made] = spec.given([]).when(bad).emitted();
    const ended = {
      type: 'talent.AppointmentEnded' as const,
      data: { appointmentId: 'a-1', workerId, endedOn: '2026-01-01', reason: '离职', at: '2026-01-01T00:00:00.000Z' },
    };
    spec
      .given([made as never, ended])
      .when({ type: 'Renew', data: { appointmentId: 'a-1', termEnd: '2029-12-31', at: '2026-02-01T00:00:00.000Z' } })
      .thenThrows('APPOINTMENT_ENDED');
  });
});
