// `pnpm run token <role> [scope]`: prints a dev token. Scope is the bodyId (assessment-body, or the
// enterprise of an employer, for appointments), the region (hr) or the workerId (worker).
import { DEV_JWT_SECRET, devPrincipal, ROLES, signToken } from '../src/index.ts';

const [role = '', scope] = process.argv.slice(2);
const result = devPrincipal(role, scope);
if (!result.ok) {
  for (const { field, message } of result.issues) console.error(`${field}: ${message}`);
  console.error(`usage: pnpm run token <role> [scope]   roles: ${ROLES.join(', ')}`);
  process.exit(1);
}
const secret = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET;
process.stdout.write(`${await signToken({ secret, principal: result.principal })}\n`);
