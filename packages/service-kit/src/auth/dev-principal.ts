import { checkUnifiedSocialCreditCode } from '@tianfu/contracts';
import { isRole, type Principal, PrincipalSchema, ROLES } from './principal.ts';

export type DevPrincipalResult =
  | { readonly ok: true; readonly principal: Principal }
  | { readonly ok: false; readonly issues: ReadonlyArray<{ readonly field: string; readonly message: string }> };

/** An employer's scope is its bodyId, and also its employerCode when it is a 统一社会信用代码. */
const employerClaims = (scope: string): Record<string, string> =>
  checkUnifiedSocialCreditCode(scope).ok ? { bodyId: scope, employerCode: scope } : { bodyId: scope };

/**
 * What a scope names for a role: the bodyId (and an employer's credit code), the providerId, the
 * region (hr) or the workerId; other roles take none.
 */
const scopeClaim = (role: string, scope: string): Record<string, string> | undefined => {
  if (role === 'employer') return employerClaims(scope);
  if (role === 'assessment-body') return { bodyId: scope };
  if (role === 'training-provider') return { providerId: scope };
  if (role === 'hr') return { region: scope };
  if (role === 'worker') return { workerId: scope };
  return undefined;
};

/**
 * The principal of a development token for a role and an optional scope (`pnpm run token`, the
 * console's development sign-in); a scope the role does not take, or a claim the schema refuses, is
 * answered with the field and the rule.
 */
export function devPrincipal(role: string, scope?: string): DevPrincipalResult {
  if (!isRole(role))
    return { ok: false, issues: [{ field: 'role', message: `unknown role "${role}"; one of ${ROLES.join(', ')}` }] };
  const claim = scope === undefined || scope === '' ? {} : scopeClaim(role, scope);
  if (claim === undefined)
    return { ok: false, issues: [{ field: 'scope', message: `the role ${role} takes no scope` }] };
  const parsed = PrincipalSchema.safeParse({ sub: `dev-${role}${scope ? `-${scope}` : ''}`, role, ...claim });
  if (parsed.success) return { ok: true, principal: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'role', message: issue.message })),
  };
}
