import { z } from 'zod';
import { SichuanRegionCodeSchema } from '../../values/region-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import {
  ProviderGradeSchema,
  ProviderIdSchema,
  ProviderKindSchema,
  TrainingItemsSchema,
} from '../../values/training/provider-values.ts';
import { UnifiedSocialCreditCodeSchema } from '../../values/unified-social-credit-code.ts';
import { defineEvent } from '../event-definition.ts';

const providerId = ProviderIdSchema;
const instant = z.iso.datetime({ offset: true });

/** A provider entered in the 培训机构信息库 (docs/domain.md §7.1): listed from then on. */
export const ProviderRegistered = defineEvent({
  type: 'training.ProviderRegistered',
  schemaVersion: 1,
  schema: z.object({
    providerId,
    kind: ProviderKindSchema,
    name: text({ max: 200 }),
    creditCode: UnifiedSocialCreditCodeSchema,
    regionCode: SichuanRegionCodeSchema,
    items: TrainingItemsSchema,
    registeredAt: instant,
  }),
});
export type ProviderRegisteredData = z.output<typeof ProviderRegistered.schema>;

/** 等级评估: the provider's grade from `gradedOn` to `validUntil` (inclusive), and who assessed it. */
export const ProviderGraded = defineEvent({
  type: 'training.ProviderGraded',
  schemaVersion: 1,
  schema: z.object({
    providerId,
    grade: ProviderGradeSchema,
    gradedOn: z.iso.date(),
    assessor: text({ max: 200 }),
    validUntil: z.iso.date(),
    recordedAt: instant,
  }),
});
export type ProviderGradedData = z.output<typeof ProviderGraded.schema>;

const statusChange = z.object({ providerId, reason: ReasonSchema, at: instant });

/** Supervision took the provider off the list for now: no new classes or enrolments. */
export const ProviderSuspended = defineEvent({
  type: 'training.ProviderSuspended',
  schemaVersion: 1,
  schema: statusChange,
});
export type ProviderSuspendedData = z.output<typeof ProviderSuspended.schema>;

/** A suspended provider listed again. */
export const ProviderReinstated = defineEvent({
  type: 'training.ProviderReinstated',
  schemaVersion: 1,
  schema: statusChange,
});
export type ProviderReinstatedData = z.output<typeof ProviderReinstated.schema>;

/** 退出: the provider leaves the register for good; its record and classes stay. */
export const ProviderRemoved = defineEvent({
  type: 'training.ProviderRemoved',
  schemaVersion: 1,
  schema: statusChange,
});
export type ProviderRemovedData = z.output<typeof ProviderRemoved.schema>;
