import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';

/** Field schemas the assessment events share. */
export const bodyId = z.string().min(1).max(100);
export const sessionId = z.string().min(1).max(100);
export const reason = ReasonSchema;
/** The names of bodies and 工种 as events carry them. */
export const bodyName = text({ max: 200 });
export const workType = text({ max: 100 });
/** A 国家职业技能标准 version as filed, e.g. 2019年版. */
export const standardVersion = text({ max: 20 });
export const instant = z.iso.datetime({ offset: true });
export const calendarDate = z.iso.date();
export const workerId = WorkerIdSchema;
export const occupationCode = OccupationCodeSchema;

export { CertifiedLevelSchema } from '../../values/certified-level.ts';

/** 理论知识, 操作技能, 综合评审 (docs/domain.md §2.2). */
export const AssessmentPartSchema = z.enum(['theory', 'practical', 'review'], {
  error: 'part must be theory (理论知识), practical (操作技能) or review (综合评审) (docs/domain.md §2.2)',
});

/** Every part is marked out of 100 (docs/domain.md §2.2); one decimal place. */
export const PartScoreSchema = z
  .number()
  .min(0, 'a part score runs 0–100 (docs/domain.md §2.2)')
  .max(100, 'a part score runs 0–100 (docs/domain.md §2.2)')
  .refine((n) => Math.round(n * 10) === n * 10, 'a part score has at most one decimal place');

export const PartScoresSchema = z.object({
  theory: PartScoreSchema.optional(),
  practical: PartScoreSchema.optional(),
  review: PartScoreSchema.optional(),
});

/**
 * Version 2 of each candidate event (enrolled, passed, failed) adds the holder's name sealed under
 * the worker's key, for the certificate; an event stored under version 1 carries none.
 */
export const addsHolderName = {
  fields: { holderName: SealedNameSchema.nullable() },
  defaults: { holderName: null },
};
