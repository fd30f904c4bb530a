import { z } from 'zod';
import { OccupationGroupCodeSchema } from '../../values/catalogue-codes.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

const group = { code: OccupationGroupCodeSchema, name: text({ max: 100 }), reason: ReasonSchema };

/** A 大类, 中类 or 小类 of the 大典 entered in the catalogue; its parent rank was there first. */
export const GroupAdded = defineEvent({ type: 'catalogue.GroupAdded', schemaVersion: 1, schema: z.object(group) });
export type GroupAddedData = z.output<typeof GroupAdded.schema>;

/** A group renamed (a new edition of the 大典 words it differently). */
export const GroupAmended = defineEvent({ type: 'catalogue.GroupAmended', schemaVersion: 1, schema: z.object(group) });
export type GroupAmendedData = z.output<typeof GroupAmended.schema>;
