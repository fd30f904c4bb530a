import { type Principal, ROLES, type Role, signToken } from '@tianfu/service-kit';

/**
 * Who the matrix's scoped tokens act for. A service's fixture creates its resources as the `home`
 * scope; the `elsewhere` tokens hold the same role for another body, organiser, provider, region or worker.
 */
export const HOME = {
  bodyId: 'authz-home-body',
  employerBodyId: 'authz-home-enterprise',
  // The home enterprise's 统一社会信用代码 (check character valid), which its token names.
  employerCode: '91510100MA61R2XK3T',
  organiser: 'authz-home-organiser',
  providerId: 'authz-home-provider',
  // 成都市; the elsewhere token's is 绵阳市.
  region: '510100',
  workerId: 'a'.repeat(64),
} as const;

const ELSEWHERE = {
  bodyId: 'authz-other-body',
  employerBodyId: 'authz-other-enterprise',
  employerCode: '91510100MA6CQ8B2XK',
  organiser: 'authz-other-organiser',
  providerId: 'authz-other-provider',
  region: '510700',
  workerId: 'b'.repeat(64),
} as const;

type Scope = { [K in keyof typeof HOME]: string };

/** The roles whose tokens carry a scope, and so have a column "the same role, scoped elsewhere". */
export const SCOPED_ROLES = [
  'assessment-body',
  'competition-organiser',
  'training-provider',
  'employer',
  'hr',
  'worker',
] as const;

const FAULTS = ['no token', 'expired', '100-year', 'wrong signature', 'alg: none'] as const;

/** The matrix's columns, in the order the document shows them. */
export const TOKEN_KINDS = [...FAULTS, ...ROLES, ...SCOPED_ROLES.map((role) => `${role} elsewhere` as const)] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const isElsewhere = (kind: TokenKind): boolean => kind.endsWith(' elsewhere');

function principalOf(role: Role, scope: Scope): Principal {
  switch (role) {
    case 'assessment-body':
      return { sub: `clerk-of-${scope.bodyId}`, role, bodyId: scope.bodyId };
    case 'employer':
      return {
        sub: `hr-of-${scope.employerBodyId}`,
        role,
        bodyId: scope.employerBodyId,
        employerCode: scope.employerCode,
      };
    case 'competition-organiser':
      return { sub: scope.organiser, role };
    case 'training-provider':
      return { sub: `clerk-of-${scope.providerId}`, role, providerId: scope.providerId };
    case 'hr':
      return { sub: `planner-in-${scope.region}`, role, region: scope.region };
    case 'worker':
      return { sub: `worker-${scope.workerId.slice(0, 8)}`, role, workerId: scope.workerId };
    default:
      return { sub: `authz-${role}`, role };
  }
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (RFC 7519 §6) with claims an admin's signed token would carry. */
function unsignedToken(principal: Principal, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const { sub, ...claims } = principal;
  const payload = { ...claims, sub, iss: 'tianfu-skills', aud: 'tianfu', iat, exp: iat + 3600 };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
}

const DAY_S = 24 * 60 * 60;
const DAY_MS = DAY_S * 1000;

/** The `Authorization` header of each token kind (none for `no token`), signed with the service's secret and clock. */
export async function tokenHeaders(secret: string, now: Date): Promise<Record<TokenKind, Record<string, string>>> {
  const admin = principalOf('admin', HOME);
  const sign = (principal: Principal, { key = secret, at = now, ttlSeconds = 3600 } = {}) =>
    signToken({ secret: key, principal, now: () => at, ttlSeconds }).then((token) => `Bearer ${token}`);
  const tokens: [TokenKind, string | undefined][] = [
    ['no token', undefined],
    ['expired', await sign(admin, { at: new Date(now.getTime() - DAY_MS) })],
    ['100-year', await sign(admin, { ttlSeconds: 100 * 365 * DAY_S })],
    ['wrong signature', await sign(admin, { key: `${secret}-but-another-one` })],
    ['alg: none', `Bearer ${unsignedToken(admin, now)}`],
  ];
  for (const role of ROLES) tokens.push([role, await sign(principalOf(role, HOME))]);
  for (const role of SCOPED_ROLES) tokens.push([`${role} elsewhere`, await sign(principalOf(role, ELSEWHERE))]);
  return Object.fromEntries(
    tokens.map(([kind, authorization]) => [kind, authorization === undefined ? {} : { authorization }]),
  ) as Record<TokenKind, Record<string, string>>;
}
