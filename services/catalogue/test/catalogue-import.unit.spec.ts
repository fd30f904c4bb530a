import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { catalogueDecider } from '../src/domain/catalogue-decider.ts';
import { added, electrician, groups, reason, standard2018 } from './catalogue-fixtures.ts';

const spec = deciderSpec(catalogueDecider);
const rows = (...entries: Parameters<typeof added>) => entries.map((entry, i) => ({ row: i + 2, entry }));
const importing = (...entries: Parameters<typeof added>) => ({
  type: 'Import' as const,
  data: { rows: rows(...entries), reason },
});

describe('importing 大典 rows and standards (all or nothing)', () => {
  it('given an empty catalogue, when a file lists a standard before its occupation and groups, then parents come first', () => {
    const events = spec
      .given([])
      .when(importing(standard2018, electrician, ...groups.toReversed()))
      .emitted();
    expect(events.map((e) => (e as { type: string }).type)).toEqual([
      'catalogue.GroupAdded',
      'catalogue.GroupAdded',
      'catalogue.GroupAdded',
      'catalogue.OccupationAdded',
      'catalogue.StandardAdded',
    ]);
  });

  it('given nothing above it, when an occupation is imported, then the row is named with parent_missing', () => {
    spec
      .given(added(groups[0] as never))
      .when(importing(electrician))
      .thenThrows('CATALOGUE_ROWS_REJECTED', {
        problems: [expect.objectContaining({ row: 2, field: 'code', rule: 'parent_missing' })],
      });
  });

  it('when a file holds the same code twice and a standard of an unknown occupation, then every bad row is named', () => {
    const stray = { ...standard2018, occupationCode: '6-31-01-09' };
    spec
      .given(added(...groups))
      .when(importing(electrician, { ...electrician, name: '电工二' }, stray))
      .thenThrows('CATALOGUE_ROWS_REJECTED', {
        problems: [
          expect.objectContaining({ row: 3, field: 'code', rule: 'duplicate_code' }),
          expect.objectContaining({ row: 4, field: 'occupationCode', rule: 'occupation_missing' }),
        ],
      });
  });

  it('given the catalogue holds the rows as they are, when the file is imported again, then nothing is emitted', () => {
    spec
      .given(added(...groups, electrician, standard2018))
      .when(importing(...groups, electrician, standard2018))
      .thenEmits([]);
  });

  it('given an occupation, when a row gives it another name, then it is a duplicate code (amend it instead)', () => {
    spec
      .given(added(...groups, electrician))
      .when(importing({ ...electrician, name: '电气工' }))
      .thenThrows('CATALOGUE_ROWS_REJECTED', { problems: [expect.objectContaining({ rule: 'duplicate_code' })] });
  });

  it('given a standard version, when the same version is imported with other levels, then duplicate_version', () => {
    spec
      .given(added(...groups, electrician, standard2018))
      .when(importing({ ...standard2018, levels: [3, 2, 1] }))
      .thenThrows('CATALOGUE_ROWS_REJECTED', {
        problems: [expect.objectContaining({ field: 'version', rule: 'duplicate_version' })],
      });
  });
});

describe('a standard’s deviations as data fit its template (docs/domain.md §2.3)', () => {
  it('when a row replaces a rule its template lacks, then the row is named with deviations.N.ruleId', () => {
    const stray = {
      kind: 'replace' as const,
      ruleId: 'B-level4-2',
      rule: {
        id: 'x',
        text: '五级 + 2 yrs',
        allOf: [{ kind: 'holds-level' as const, level: 'level5' as const, yearsSince: 2 }],
      },
    };
    spec
      .given(added(...groups, electrician))
      .when(importing({ ...standard2018, deviations: [stray] }))
      .thenThrows('CATALOGUE_ROWS_REJECTED', {
        problems: [expect.objectContaining({ row: 2, field: 'deviations.0.ruleId', rule: 'deviation_rule_unknown' })],
      });
    const underB = spec
      .given(added(...groups, electrician))
      .when(importing({ ...standard2018, template: 'B', deviations: [stray] }))
      .emitted();
    expect(underB).toHaveLength(1);
  });
});

describe('a row held as given, whatever order its stored fields come back in', () => {
  it('given a standard whose deviation was stored with its keys in another order, when imported again, then nothing', () => {
    const deviation = {
      kind: 'add' as const,
      level: 'level3' as const,
      rule: {
        id: 'x',
        text: '技师学院毕业',
        allOf: [{ kind: 'schooling' as const, anyOf: ['technician-college' as const] }],
      },
    };
    const stored = {
      rule: { allOf: deviation.rule.allOf, text: deviation.rule.text, id: 'x' },
      level: 'level3',
      kind: 'add',
    };
    const entry = { ...standard2018, deviations: [deviation] };
    const given = added(...groups, electrician, { ...standard2018, deviations: [stored as never] });
    spec.given(given).when(importing(entry)).thenEmits([]);
  });
});
