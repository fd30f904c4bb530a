import { z } from 'zod';
import { defineEvent } from '../event-definition.ts';
import { bodyId, CertifiedLevelSchema, instant, occupationCode, reason, standardVersion } from './fields.ts';

/**
 * The authority filed (备案) an occupation for a body with the levels it may assess, under one
 * version of the occupation's 国家职业技能标准 (docs/domain.md §2.1, §2.3). Filing again replaces the levels.
 */
export const OccupationFiled = defineEvent({
  type: 'assessment.OccupationFiled',
  schemaVersion: 1,
  schema: z.object({
    bodyId,
    occupationCode,
    standardVersion,
    levels: z.array(CertifiedLevelSchema).min(1).max(5),
    filedAt: instant,
  }),
});
export type OccupationFiledData = z.output<typeof OccupationFiled.schema>;

/**
 * The authority withdrew a body's filing of an occupation (撤销备案, docs/domain.md §2.1 supervision):
 * the body may schedule no new session in it; sessions already scheduled run to their end.
 */
export const FilingWithdrawn = defineEvent({
  type: 'assessment.FilingWithdrawn',
  schemaVersion: 1,
  schema: z.object({ bodyId, occupationCode, reason, withdrawnAt: instant }),
});
export type FilingWithdrawnData = z.output<typeof FilingWithdrawn.schema>;
