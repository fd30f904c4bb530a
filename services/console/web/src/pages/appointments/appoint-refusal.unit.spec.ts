import { apiProblem } from '@tianfu/api-client';
import { describe, expect, it } from 'vitest';
import { appointRefusal, mayBeOverridden } from './appoint-refusal.ts';
import { appointmentsMessages } from './appointments-messages.ts';

const zh = appointmentsMessages.zh;
const refused = (status: number, body: object) => apiProblem('/v1/appointments', status, body);

describe('an appointment refusal at the field it concerns (appointRefusal)', () => {
  it('given an unmet 特级技师 prerequisite, when shown, then the post field explains the 高级技师 rule', () => {
    const problem = refused(422, { code: 'APPOINTMENT_PREREQUISITE_UNMET', detail: 'not met', ruleId: 'x' });
    expect(appointRefusal(problem, 'principal-technician', zh)).toEqual({ post: zh.principalRule });
    expect(mayBeOverridden(problem)).toBe(true);
  });

  it('given an unmet 首席技师 prerequisite, when shown, then the post field explains the 特级技师 rule', () => {
    const problem = refused(422, { code: 'APPOINTMENT_PREREQUISITE_UNMET' });
    expect(appointRefusal(problem, 'chief-technician', zh)).toEqual({ post: zh.chiefRule });
  });

  it('given an enterprise that is no employer-kind body, when shown, then the enterprise field says so', () => {
    const problem = refused(422, { code: 'APPOINTING_BODY_NOT_EMPLOYER' });
    expect(appointRefusal(problem, 'principal-technician', zh)).toEqual({ 'employer.bodyId': zh.notEmployer });
    expect(mayBeOverridden(problem)).toBe(false);
  });

  it('given a 400 naming its fields, when shown, then each is at its own path without the request part', () => {
    const problem = refused(400, {
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'body.document.idNumber', rule: 'custom', message: 'check character is wrong' }],
    });
    expect(appointRefusal(problem, 'principal-technician', zh)).toEqual({
      'document.idNumber': 'check character is wrong',
    });
  });
});
