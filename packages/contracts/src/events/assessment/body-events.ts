import { z } from 'zod';
import { BodyCategorySchema } from '../../values/body-category.ts';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { SichuanRegionCodeSchema } from '../../values/region-code.ts';
import { UnifiedSocialCreditCodeSchema } from '../../values/unified-social-credit-code.ts';
import { defineEvent } from '../event-definition.ts';
import { bodyId, bodyName, instant, reason } from './fields.ts';

const registeredV1 = z.object({
  bodyId,
  // 备案号: positions 1–13 of the body's certificate numbers (docs/domain.md §3.2).
  filingNo: BodyFilingNoSchema,
  // Y 用人单位 (employer) | S 社会培训评价组织 (social organisation): the filing number's first letter.
  kind: z.enum(['Y', 'S']),
  name: bodyName,
  creditCode: UnifiedSocialCreditCodeSchema,
  regionCode: SichuanRegionCodeSchema,
  registeredAt: instant,
});

/** Version 1 knew only the filing letter. */
export const BodyRegisteredV1 = defineEvent({
  type: 'assessment.BodyRegistered',
  schemaVersion: 1,
  schema: registeredV1,
});

/**
 * 评价机构 registered (备案) by the provincial authority (docs/domain.md §2.1). Version 2 adds the
 * category: a 技工院校 registers Y-coded like an employer but is a school assessing its students.
 */
export const BodyRegistered = defineEvent({
  type: 'assessment.BodyRegistered',
  schemaVersion: 2,
  schema: registeredV1.extend({ category: BodyCategorySchema }),
  upcast: (v1: z.output<typeof registeredV1>) => ({
    ...v1,
    category: v1.kind === 'S' ? ('social-organisation' as const) : ('employer' as const),
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
