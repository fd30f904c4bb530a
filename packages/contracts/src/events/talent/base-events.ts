import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { RegionCodeSchema } from '../../values/region-code.ts';
import { text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

/** The bases that count toward the plan's targets (domain.md §5.3). */
export const BaseKindSchema = z.enum(
  ['master-studio', 'high-skill-training-base', 'public-training-base', 'park-cultivation-base'],
  {
    error:
      'kind is master-studio (技能大师工作室), high-skill-training-base (高技能人才培训基地), public-training-base (公共实训基地) or park-cultivation-base',
  },
);

export const BaseLevelSchema = z.enum(['national', 'provincial', 'municipal'], {
  error: 'level is national, provincial or municipal',
});

/** A studio, training base or cultivation base, registered by the talent office. */
export const BaseRegistered = defineEvent({
  type: 'talent.BaseRegistered',
  schemaVersion: 1,
  schema: z.object({
    baseId: text({ max: 100 }),
    kind: BaseKindSchema,
    name: text({ max: 200 }),
    level: BaseLevelSchema,
    regionCode: RegionCodeSchema,
    industry: text({ max: 100 }),
    establishedOn: z.iso.date(),
    /** The master a 技能大师工作室 is named after, and its members; empty for other kinds. */
    masterWorkerId: WorkerIdSchema.nullable(),
    memberWorkerIds: z.array(WorkerIdSchema).max(200),
  }),
});
export type BaseRegisteredData = z.output<typeof BaseRegistered.schema>;
