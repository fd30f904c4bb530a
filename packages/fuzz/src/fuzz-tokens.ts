import { DEV_JWT_SECRET, type Principal, type Role, RoleSchema, signToken } from '@tianfu/service-kit';

/** The body, region or worker the fuzz harness's tokens act for: made up, like its data. */
const scopes: Partial<Record<Role, Partial<Principal>>> = {
  'assessment-body': { bodyId: 'fuzz-body' },
  employer: { bodyId: 'fuzz-employer' },
  'training-provider': { providerId: 'fuzz-provider' },
  hr: { region: '510100' },
  worker: { workerId: 'f'.repeat(64) },
};

/** A dev token for `role`, signed as `pnpm run token` signs (AUTH_JWT_SECRET, else the development secret). */
export async function fuzzToken(role: string, secret = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET): Promise<string> {
  const parsed = RoleSchema.parse(role);
  const principal: Principal = { sub: `fuzz-${parsed}`, role: parsed, ...scopes[parsed] };
  return signToken({ secret, principal });
}
