// `pnpm run token <role> [scope]`: prints a dev token. Scope is the bodyId (assessment-body, or the
// enterprise of an employer, for appointments), the region (hr) or the workerId (worker).
import { DEV_JWT_SECRET, isRole, type Principal, PrincipalSchema, ROLES, signToken } from '../src/index.ts';

function fail(message: string): never {
  console.error(message);
  console.error(`usage: pnpm run token <role> [scope]   roles: ${ROLES.join(', ')}`);
  process.exit(1);
}

function principalFrom(role: string | undefined, scope: string | undefined): Principal {
  if (!isRole(role)) fail(`unknown role "${role ?? ''}"`);
  const bodyScoped = role === 'assessment-body' || role === 'employer';
  const scopeClaims: Partial<Record<string, object>> = { hr: { region: scope }, worker: { workerId: scope } };
  const scopeClaim = bodyScoped ? { bodyId: scope } : (scopeClaims[role] ?? {});
  if (scope !== undefined && Object.keys(scopeClaim).length === 0) fail(`role ${role} takes no scope`);
  const parsed = PrincipalSchema.safeParse({ sub: `dev-${role}${scope ? `-${scope}` : ''}`, role, ...scopeClaim });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return parsed.data;
}

const [role, scope] = process.argv.slice(2);
const principal = principalFrom(role, scope);
const secret = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET;
process.stdout.write(`${await signToken({ secret, principal })}\n`);
