import { z } from 'zod';
import { IdDocumentSchema } from '../identity/id-document.ts';
import { BodyFilingNoSchema } from './certificate-number/index.ts';
import { OccupationCodeSchema } from './occupation-code.ts';
import { SkillLevelKeySchema } from './skill-level.ts';
import { PersonNameSchema, ReasonSchema, text } from './text.ts';

const date = z.iso.date('a date YYYY-MM-DD');

/** The posts above 高级技师 (docs/domain.md §1): 特级技师 and 首席技师, held in one enterprise. */
export const AppointedPostSchema = z.enum(['principal-technician', 'chief-technician'], {
  error: 'post is principal-technician (特级技师) or chief-technician (首席技师)',
});

/**
 * 企业自主评聘 (docs/domain.md §1), as the API and the console's form check it. The enterprise comes
 * from the registry: an employer token's own, the body the talent office names; a filing number or
 * name sent along is only checked against the registration.
 */
export const AppointSchema = z.object({
  appointmentId: text({ max: 100 }),
  document: IdDocumentSchema,
  name: PersonNameSchema,
  post: AppointedPostSchema,
  employer: z
    .object({ bodyId: text({ max: 100 }), filingNo: BodyFilingNoSchema, bodyName: text({ max: 200 }) })
    .partial()
    .optional(),
  occupationCode: OccupationCodeSchema,
  workType: text({ max: 100 }).default('--'),
  termStart: date,
  termEnd: date.nullable().default(null),
  evidence: z
    .object({
      heldLevels: z.array(z.object({ occupationCode: OccupationCodeSchema, level: SkillLevelKeySchema })).max(50),
      heldPosts: z.array(z.object({ occupationCode: OccupationCodeSchema, post: AppointedPostSchema })).max(10),
    })
    .default({ heldLevels: [], heldPosts: [] }),
  overrideReason: ReasonSchema.nullable().default(null),
});

/** A new end of the term; null leaves it open. */
export const RenewSchema = z.object({ termEnd: date.nullable() });
export const EndSchema = z.object({ endedOn: date, reason: ReasonSchema });
