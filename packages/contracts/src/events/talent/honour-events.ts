import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { HonourCodeSchema } from '../../values/honour.ts';
import { RegionCodeSchema } from '../../values/region-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { withAddedFields } from '../added-fields.ts';
import { defineEvent } from '../event-definition.ts';

/** Where a grant came from: the talent office's own decision, or a confirmed competition result. */
export const HonourSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision') }),
  z.object({ kind: z.literal('competition'), competitionId: text({ max: 100 }), sourceEventId: text({ max: 100 }) }),
]);

/** Version 1 named no 市(州). */
export const HonourGrantedV1 = defineEvent({
  type: 'talent.HonourGranted',
  schemaVersion: 1,
  schema: z.object({
    grantId: text({ max: 200 }),
    workerId: WorkerIdSchema,
    holderName: SealedNameSchema.nullable(),
    honour: HonourCodeSchema,
    /** The round (批次), e.g. 2024 or 第三届. */
    round: text({ max: 50 }),
    grantedOn: z.iso.date(),
    authority: text({ max: 200 }),
    documentNo: text({ max: 100 }),
    source: HonourSourceSchema,
  }),
});
/**
 * An honour conferred on a worker for one round (docs/domain.md §4.2); at most once per worker,
 * honour and round. Version 2: the 市(州) that put the worker forward (推荐地), so the talent office
 * lists its grants by region; null where none was recorded (a competition title, a version 1 grant).
 */
export const HonourGranted = withAddedFields(HonourGrantedV1, 2, {
  fields: { regionCode: RegionCodeSchema.nullable() },
  defaults: { regionCode: null },
});
export type HonourGrantedData = z.output<typeof HonourGranted.schema>;

export const HonourRevoked = defineEvent({
  type: 'talent.HonourRevoked',
  schemaVersion: 1,
  schema: z.object({
    grantId: text({ max: 200 }),
    workerId: WorkerIdSchema,
    reason: ReasonSchema,
    at: z.iso.datetime({ offset: true }),
  }),
});
export type HonourRevokedData = z.output<typeof HonourRevoked.schema>;
