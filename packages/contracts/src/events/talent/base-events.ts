import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { BaseKindSchema, BaseLevelSchema } from '../../values/base-registration.ts';
import { RegionCodeSchema } from '../../values/region-code.ts';
import { text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

const registeredV1 = z.object({
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
});

/** Version 1 carried every name in clear, a master studio's (…技能大师工作室, after its master) too. */
export const BaseRegisteredV1 = defineEvent({ type: 'talent.BaseRegistered', schemaVersion: 1, schema: registeredV1 });

/** A master studio with a master is named after them: person-derived text, sealed under their key. */
export const isNamedAfterMaster = (base: { kind: string; masterWorkerId: string | null }): boolean =>
  base.kind === 'master-studio' && base.masterWorkerId !== null;

/**
 * A studio, training base or cultivation base, registered by the talent office. Version 2: a
 * master studio with a master carries its name only sealed under the master's key
 * (`sealedName`, `name` null), so erasing the master erases it too; other bases keep `name` in
 * clear. A version 1 master studio's clear name is withheld on read (`name` and `sealedName`
 * null): an upcaster cannot seal it.
 */
export const BaseRegistered = defineEvent({
  type: 'talent.BaseRegistered',
  schemaVersion: 2,
  schema: registeredV1
    .extend({ name: text({ max: 200 }).nullable(), sealedName: SealedNameSchema.nullable() })
    .refine((base) => !isNamedAfterMaster(base) || base.name === null, {
      message: "a master studio's name travels only sealed under its master's key",
      path: ['name'],
    })
    .refine((base) => isNamedAfterMaster(base) || (base.name !== null && base.sealedName === null), {
      message: 'a base not named after a master has its name in clear, and nothing sealed',
      path: ['sealedName'],
    }),
  upcast: (v1: z.output<typeof registeredV1>) => ({
    ...v1,
    name: isNamedAfterMaster(v1) ? null : v1.name,
    sealedName: null,
  }),
});
export type BaseRegisteredData = z.output<typeof BaseRegistered.schema>;
