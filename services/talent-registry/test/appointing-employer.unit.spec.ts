import { registeredIssuer } from '@tianfu/platform-bodies';
import { describe, expect, it } from 'vitest';
import { employerBodyId } from '../src/domain/appointing-employer.ts';

const registered = {
  bodyId: 'heavy',
  filingNo: 'Y000051001064',
  name: '四川某重工有限公司',
  category: 'employer' as const,
  regionCode: '510700',
  suspended: false,
};
const appointingEmployer = (bodyId: string, claim: object | undefined, known: typeof registered | null) =>
  registeredIssuer(bodyId, claim, known, 'employer');
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { code: string }).code, ...(error as { details?: object }).details };
  }
  return null;
};

describe('the appointing enterprise comes from the registry, never from the request', () => {
  it('an employer token appoints in its own enterprise; naming another is refused; the talent office names one', () => {
    expect(employerBodyId(undefined, 'heavy')).toBe('heavy');
    expect(employerBodyId({ bodyId: 'heavy' }, 'heavy')).toBe('heavy');
    expect(codeOf(() => employerBodyId({ bodyId: 'other' }, 'heavy'))).toMatchObject({
      code: 'APPOINTMENT_OTHER_ENTERPRISE',
      field: 'employer.bodyId',
    });
    expect(employerBodyId({ bodyId: 'other' }, null)).toBe('other');
    expect(codeOf(() => employerBodyId({}, null))).toMatchObject({ code: 'EMPLOYER_NOT_NAMED' });
  });

  it("the filing number and name are the registration's; another body's sent along are refused", () => {
    expect(appointingEmployer('heavy', undefined, registered)).toEqual({
      bodyId: 'heavy',
      filingNo: 'Y000051001064',
      bodyName: '四川某重工有限公司',
    });
    expect(
      appointingEmployer('heavy', { filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' }, registered),
    ).toMatchObject({ filingNo: 'Y000051001064' });
    expect(codeOf(() => appointingEmployer('heavy', { filingNo: 'Y000051009999' }, registered))).toMatchObject({
      code: 'BODY_MISMATCH',
      field: 'employer.filingNo',
    });
    expect(codeOf(() => appointingEmployer('heavy', { bodyName: '另一家公司' }, registered))).toMatchObject({
      code: 'BODY_MISMATCH',
      field: 'employer.bodyName',
    });
  });

  it('an unknown or suspended body issues nothing', () => {
    expect(codeOf(() => appointingEmployer('ghost', undefined, null))).toMatchObject({
      code: 'BODY_NOT_REGISTERED',
      field: 'employer.bodyId',
    });
    expect(codeOf(() => appointingEmployer('heavy', undefined, { ...registered, suspended: true }))).toMatchObject({
      code: 'BODY_SUSPENDED',
    });
  });
});
