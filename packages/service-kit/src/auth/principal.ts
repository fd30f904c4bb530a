import { UnifiedSocialCreditCodeSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const ROLES = [
  'assessment-body',
  'certificate-office',
  'talent-office',
  'competition-organiser',
  // A training provider's staff (docs/domain.md §7.1): the token names its providerId.
  'training-provider',
  // The 人社 training department: keeps the provider register.
  'training-office',
  // The 人社 subsidy office: imports the social-insurance registry's data, reviews and pays subsidy claims.
  'subsidy-office',
  'employer',
  'hr',
  'worker',
  // The platform's monitoring: reads /metrics, nothing else.
  'ops',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export const RoleSchema = z.enum(ROLES);

export const isRole = (value: unknown): value is Role => RoleSchema.safeParse(value).success;

/** The claims we read from a token; anything else in the payload (iss, aud, exp…) is dropped. */
export const PrincipalSchema = z
  .object({
    sub: z.string().min(1),
    role: RoleSchema,
    bodyId: z.string().min(1).optional(),
    providerId: z.string().min(1).optional(),
    // An employer's token may name the enterprise it acts for by its 统一社会信用代码 (check character
    // verified), as the legal-person sign-in (法人一证通 / 电子营业执照) that issues it vouches for:
    // an employer claims 新型学徒制补贴 for its own apprentices only (docs/domain.md §7.10).
    employerCode: UnifiedSocialCreditCodeSchema.optional(),
    // 行政区划代码: six digits.
    region: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    // A worker's own token names their workerId (the keyed hash of the ID number, never the number).
    workerId: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .refine((claims) => claims.role !== 'assessment-body' || claims.bodyId !== undefined, {
    message: 'an assessment-body token names its bodyId',
    path: ['bodyId'],
  })
  .refine((claims) => claims.role !== 'training-provider' || claims.providerId !== undefined, {
    message: 'a training-provider token names its providerId',
    path: ['providerId'],
  })
  .refine((claims) => claims.role !== 'worker' || claims.workerId !== undefined, {
    message: 'a worker token names its workerId',
    path: ['workerId'],
  });

export type Principal = z.output<typeof PrincipalSchema>;
