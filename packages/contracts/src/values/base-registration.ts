import { z } from 'zod';
import { IdDocumentSchema } from '../identity/id-document.ts';
import { RegionCodeSchema } from './region-code.ts';
import { PersonNameSchema, text } from './text.ts';

/** The bases that count toward the plan's targets (docs/domain.md §5.3). */
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

// A sealed name holds at most 225 bytes of UTF-8 (75 汉字): the vault's limit (SealedNameSchema).
const sealableBytes = 225;

const person = z.object({ document: IdDocumentSchema, name: PersonNameSchema });

/** A studio or base as the talent office registers it, checked alike by the API and the console's form. */
export const RegisterBaseSchema = z
  .object({
    baseId: text({ max: 100 }),
    kind: BaseKindSchema,
    name: text({ max: 200 }),
    level: BaseLevelSchema,
    regionCode: RegionCodeSchema,
    industry: text({ max: 100 }),
    establishedOn: z.iso.date('a date YYYY-MM-DD'),
    master: person.nullable().default(null),
    members: z.array(person).max(200).default([]),
  })
  .refine(
    (base) =>
      base.kind !== 'master-studio' ||
      base.master === null ||
      new TextEncoder().encode(base.name).length <= sealableBytes,
    {
      message: `a master studio's name is sealed under its master's key: at most ${sealableBytes} bytes of UTF-8 (75 汉字)`,
      path: ['name'],
    },
  );
