import { describe, expect, it } from 'vitest';
import { devPrincipal } from './dev-principal.ts';

describe('devPrincipal', () => {
  it('puts the scope in the claim its role takes', () => {
    expect(devPrincipal('hr', '510100')).toEqual({
      ok: true,
      principal: { sub: 'dev-hr-510100', role: 'hr', region: '510100' },
    });
    expect(devPrincipal('assessment-body', 'body-1')).toMatchObject({ ok: true, principal: { bodyId: 'body-1' } });
    expect(devPrincipal('training-provider', 'prov-1')).toMatchObject({
      ok: true,
      principal: { role: 'training-provider', providerId: 'prov-1' },
    });
    expect(devPrincipal('admin')).toEqual({ ok: true, principal: { sub: 'dev-admin', role: 'admin' } });
  });

  it('names an employer’s credit code when its scope is a 统一社会信用代码, else its bodyId alone', () => {
    expect(devPrincipal('employer', '91510100MA61R2XK3T')).toMatchObject({
      ok: true,
      principal: { role: 'employer', bodyId: '91510100MA61R2XK3T', employerCode: '91510100MA61R2XK3T' },
    });
    const named = devPrincipal('employer', 'acme');
    expect(named).toMatchObject({ ok: true, principal: { bodyId: 'acme' } });
    expect(named.ok && 'employerCode' in named.principal).toBe(false);
  });

  it('names the field and the rule it refuses', () => {
    expect(devPrincipal('bogus')).toMatchObject({ ok: false, issues: [{ field: 'role' }] });
    expect(devPrincipal('admin', '510100')).toEqual({
      ok: false,
      issues: [{ field: 'scope', message: 'the role admin takes no scope' }],
    });
    expect(devPrincipal('hr', '5101')).toMatchObject({ ok: false, issues: [{ field: 'region' }] });
    expect(devPrincipal('assessment-body')).toMatchObject({ ok: false, issues: [{ field: 'bodyId' }] });
    expect(devPrincipal('training-provider')).toMatchObject({ ok: false, issues: [{ field: 'providerId' }] });
    expect(devPrincipal('training-office', 'x')).toMatchObject({ ok: false, issues: [{ field: 'scope' }] });
  });
});
