import { readFileSync } from 'node:fs';
import { evolveCatalogue } from '@tianfu/catalogue-view';
import type { SheetResult } from '@tianfu/sheets';
import { describe, expect, it } from 'vitest';
import { catalogueDecider } from '../src/domain/catalogue-decider.ts';
import type { ImportRow } from '../src/domain/import-entries.ts';
import { parseOccupationSheet, parseSpecialAbilitySheet, parseStandardSheet } from '../src/http/sheets/index.ts';

const seedFile = (name: string) =>
  readFileSync(new URL(`../../../packages/demo/data/catalogue/${name}`, import.meta.url));
const rowsOf = (result: SheetResult<ImportRow>): readonly ImportRow[] => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.rows;
};

describe('the demo seed of the catalogue (packages/demo/data/catalogue)', () => {
  it('imports whole: at least 80 real 大典 occupations, the six the platform began with among them, with standards and 专项职业能力', () => {
    const sheets = [
      rowsOf(parseOccupationSheet(seedFile('occupations.csv'))),
      rowsOf(parseStandardSheet(seedFile('standards.csv'))),
      rowsOf(parseSpecialAbilitySheet(seedFile('special-abilities.csv'))),
    ];
    const catalogue = sheets.reduce((state, rows) => {
      const events = catalogueDecider.decide({ type: 'Import', data: { rows, reason: 'seed' } }, state);
      expect(events).toHaveLength(rows.length);
      return events.reduce((s, e) => evolveCatalogue(s, e as never), state);
    }, catalogueDecider.initialState());
    expect(catalogue.occupations.size).toBeGreaterThanOrEqual(80);
    for (const code of ['6-31-01-03', '6-18-02-04', '6-18-01-01', '4-03-02-01', '4-10-01-05', '4-04-04-02'])
      expect(catalogue.occupations.get(code)?.standards.length, code).toBe(1);
    for (const name of ['茶叶加工工', '竹藤师', '汽车维修工', '电子设备装接工', '养老护理员'])
      expect(
        [...catalogue.occupations.values()].some((o) => o.name === name),
        name,
      ).toBe(true);
    expect([...catalogue.specialAbilities.values()].map((a) => a.name)).toEqual(
      expect.arrayContaining(['川菜烹饪', '竹编']),
    );
  });
});
