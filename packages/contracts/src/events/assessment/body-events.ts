import { z } from 'zod';
import { BodyFilingNoSchema } from '../../values/certificate-no.ts';
import { SichuanRegionCodeSchema } from '../../values/region-code.ts';
import { UnifiedSocialCreditCodeSchema } from '../../values/unified-social-credit-code.ts';
import { defineEvent } from '../event-definition.ts';
import { bodyId, instant, reason } from './fields.ts';

/** 评价机构 registered (备案) by the provincial authority (domain.md §2.1). */
export const BodyRegistered = defineEvent({
  type: 'assessment.BodyRegistered',
  schemaVersion: 1,
  schema: z.object({
    bodyId,
    // 备案号: positions 1–13 of the body's certificate numbers (domain.md §3.2).
    filingNo: BodyFilingNoSchema,
    // Y 用人单位 (employer) | S 社会培训评价组织 (social organisation): the filing number's first letter.
    kind: z.enum(['Y', 'S']),
    name: z.string().trim().min(1).max(200),
    creditCode: UnifiedSocialCreditCodeSchema,
    regionCode: SichuanRegionCodeSchema,
    registeredAt: instant,
  }),
});
export type BodyRegisteredData = z.output<typeof BodyRegistered.schema>;

/** Supervision took the body's right to assess away, e.g. for 滥发证. */
export const BodySuspended = defineEvent({
  type: 'assessment.BodySuspended',
  schemaVersion: 1,
  schema: z.object({ bodyId, reason, suspendedAt: instant }),
});
export type BodySuspendedData = z.output<typeof BodySuspended.schema>;

export const BodyReinstated = defineEvent({
  type: 'assessment.BodyReinstated',
  schemaVersion: 1,
  schema: z.object({ bodyId, reason, reinstatedAt: instant }),
});
export type BodyReinstatedData = z.output<typeof BodyReinstated.schema>;
