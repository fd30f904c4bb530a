import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IdDocumentSchema, type IdType, normaliseIdDocument } from '../src/index.ts';

interface Rule {
  if: { properties: { idType: { const: IdType } } };
  then: { properties: { idNumber: { pattern: string } } };
}

// What a client generated from the OpenAPI document checks: the JSON Schema of the HTTP edge's input.
const jsonSchema = z.toJSONSchema(IdDocumentSchema, { io: 'input' }) as unknown as { allOf: Rule[] };
const patternFor = (idType: IdType): RegExp => {
  const rule = jsonSchema.allOf.find((entry) => entry.if.properties.idType.const === idType);
  if (!rule) throw new Error(`no pattern for ${idType}`);
  return new RegExp(rule.then.properties.idNumber.pattern);
};

const samples: [IdType, string][] = [
  ['resident-id-card', '11010519491231002X'],
  ['resident-id-card', ' 11010519491231002x '],
  ['resident-id-card', '110105491231002'],
  ['resident-id-card', '440524188001010015'],
  ['resident-id-card', '11010519491331002X'],
  ['resident-id-card', '1101051949123100'],
  ['resident-id-card', '11010519491231002Y'],
  ['passport', ' e12345678 '],
  ['passport', 'E1234'],
  ['passport', 'E12-345678'],
  ['hk-macao-mainland-travel-permit', 'H12345678'],
  ['hk-macao-mainland-travel-permit', 'H123'],
  ['taiwan-mainland-travel-permit', '12345678'],
  ['foreign-permanent-resident-id-card', 'ABC123456789012'],
  ['hk-macao-taiwan-residence-permit', '81000019900101001x'],
  ['hk-macao-taiwan-residence-permit', '8100001990010100'],
];

describe('the ID number patterns in the OpenAPI document (docs/domain.md §6.2, §6.3)', () => {
  it.each(samples)(
    'given %s %j, then the pattern refuses exactly what the server refuses by shape',
    (idType, idNumber) => {
      const checked = normaliseIdDocument({ idType, idNumber });
      const refusedByShape = !checked.ok && checked.code === 'ID_FORMAT';
      expect(patternFor(idType).test(idNumber)).toBe(!refusedByShape);
    },
  );

  it('says in words what no pattern can check: the birth date and the GB 11643 check character', () => {
    const idNumber = (
      z.toJSONSchema(IdDocumentSchema, { io: 'input' }) as unknown as { properties: Record<string, object> }
    ).properties.idNumber as { description: string };
    expect(idNumber.description).toMatch(/birth date/);
    expect(idNumber.description).toMatch(/GB 11643-1999 check character/);
  });
});
