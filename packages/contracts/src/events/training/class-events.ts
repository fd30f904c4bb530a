import { z } from 'zod';
import { CertifiedLevelSchema } from '../../values/certified-level.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import {
  ClassCapacitySchema,
  ClassIdSchema,
  DeliveryModelSchema,
  SittingSchema,
  TrainingBrandSchema,
  TrainingKindSchema,
} from '../../values/training/class-values.ts';
import { ProviderIdSchema, TrainingItemSchema } from '../../values/training/provider-values.ts';
import { defineEvent } from '../event-definition.ts';

/**
 * A class (培训班) filed by its provider before its first sitting (docs/domain.md §7.1): what it
 * trains, at which level, of which kind and delivery model, for which 专栏5 brand, its dated
 * sittings with their hours, how many it takes and whether it is subsidised (补贴性); or, filed late
 * by the training office, a class that already ran, with the reason.
 */
export const ClassFiled = defineEvent({
  type: 'training.ClassFiled',
  schemaVersion: 1,
  schema: z.object({
    classId: ClassIdSchema,
    providerId: ProviderIdSchema,
    name: text({ max: 200 }),
    item: TrainingItemSchema,
    targetLevel: CertifiedLevelSchema.nullable(),
    kind: TrainingKindSchema,
    deliveryModel: DeliveryModelSchema,
    brand: TrainingBrandSchema.nullable(),
    sittings: z.array(SittingSchema).min(1).max(300),
    capacity: ClassCapacitySchema,
    subsidised: z.boolean(),
    filedAt: z.iso.datetime({ offset: true }),
    /** Set when the training office recorded the class after it ran (补录), with why; absent for a class filed ahead. */
    lateFiling: z.object({ reason: ReasonSchema }).optional(),
  }),
});
export type ClassFiledData = z.output<typeof ClassFiled.schema>;
