import { z } from 'zod';
import { defineEvent } from '../event-definition.ts';
import { bodyId, CertifiedLevelSchema, instant, occupationCode } from './fields.ts';

/**
 * The authority filed (备案) an occupation for a body with the levels it may assess, under one
 * version of the occupation's 国家职业技能标准 (domain.md §2.1, §2.3). Filing again replaces the levels.
 */
export const OccupationFiled = defineEvent({
  type: 'assessment.OccupationFiled',
  schemaVersion: 1,
  schema: z.object({
    bodyId,
    occupationCode,
    standardVersion: z.string().min(1).max(20),
    levels: z.array(CertifiedLevelSchema).min(1).max(5),
    filedAt: instant,
  }),
});
export type OccupationFiledData = z.output<typeof OccupationFiled.schema>;
