import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { catalogueDecider } from '../src/domain/catalogue-decider.ts';
import { added, electrician, groups, reason, standard2018, unused } from './catalogue-fixtures.ts';

const spec = deciderSpec(catalogueDecider);
const { entity: _entity, ...electricianData } = electrician;
const standard2024 = { ...standard2018, version: '2024', effectiveFrom: '2024-06-01' };
const ref = { occupationCode: '6-31-01-03', version: '2018' };

describe('adding, amending, superseding and retiring one entry', () => {
  it('given no 小类, when an occupation is added, then PARENT_NOT_FOUND names code and parent_missing', () => {
    spec
      .given(added(groups[0] as never))
      .when({ type: 'Add', data: { entry: electrician, reason } })
      .thenThrows('PARENT_NOT_FOUND', { errors: [expect.objectContaining({ field: 'code', rule: 'parent_missing' })] });
  });

  it('given an occupation, when it is added again, then ENTRY_EXISTS', () => {
    spec
      .given(added(...groups, electrician))
      .when({ type: 'Add', data: { entry: electrician, reason } })
      .thenThrows('ENTRY_EXISTS');
  });

  it('given an occupation, when it gains a 工种, then OccupationAmended; when amended to what it is, then nothing', () => {
    const amended = { ...electricianData, workTypes: [...electrician.workTypes, '电力电缆安装工'], reason: '新增工种' };
    spec
      .given(added(...groups, electrician))
      .when({ type: 'AmendOccupation', data: amended })
      .thenEmits([{ type: 'catalogue.OccupationAmended', data: amended }]);
    spec
      .given(added(...groups, electrician))
      .when({ type: 'AmendOccupation', data: { ...electricianData, reason: 'again' } })
      .thenEmits([]);
  });

  it('given a retired occupation, when it is retired again or a standard is added to it, then refused', () => {
    const retired = {
      type: 'catalogue.OccupationRetired',
      data: { code: electrician.code, retiredOn: '2025-01-01', reason },
    };
    const given = [...added(...groups, electrician), retired] as never[];
    spec.given(given).when({ type: 'RetireOccupation', data: retired.data, usage: unused }).thenThrows('ENTRY_RETIRED');
    spec
      .given(given)
      .when({ type: 'Add', data: { entry: standard2018, reason } })
      .thenThrows('OCCUPATION_RETIRED');
  });

  it('given two versions, when the older is superseded by the newer, then StandardSuperseded; by an older or missing one, refused', () => {
    const given = added(...groups, electrician, standard2018, standard2024);
    const supersede = { ...ref, supersededOn: '2024-06-01', successorVersion: '2024', reason: '新版标准' };
    spec
      .given(given)
      .when({ type: 'SupersedeStandard', data: supersede })
      .thenEmits([{ type: 'catalogue.StandardSuperseded', data: supersede }]);
    spec
      .given(given)
      .when({ type: 'SupersedeStandard', data: { ...supersede, successorVersion: '2030' } })
      .thenThrows('SUCCESSOR_INVALID', { errors: [expect.objectContaining({ rule: 'successor_missing' })] });
    spec
      .given(given)
      .when({ type: 'SupersedeStandard', data: { ...supersede, version: '2024', successorVersion: '2018' } })
      .thenThrows('SUCCESSOR_INVALID', { errors: [expect.objectContaining({ rule: 'successor_not_newer' })] });
  });

  it('given a template A standard, when amended to replace a template B rule, then DEVIATION_RULE_UNKNOWN naming the deviation', () => {
    const { entity: _standard, ...fields } = standard2018;
    const stray = {
      kind: 'replace' as const,
      ruleId: 'B-level5-1',
      rule: { id: 'y', text: '1 yr', allOf: [{ kind: 'years-in-occupation' as const, years: 1 }] },
    };
    spec
      .given(added(...groups, electrician, standard2018))
      .when({ type: 'AmendStandard', data: { ...fields, deviations: [stray], reason } })
      .thenThrows('DEVIATION_RULE_UNKNOWN', {
        errors: [expect.objectContaining({ field: 'deviations.0.ruleId', rule: 'deviation_rule_unknown' })],
      });
  });

  it('given no such version, when it is amended or retired, then STANDARD_NOT_FOUND', () => {
    const given = added(...groups, electrician);
    spec
      .given(given)
      .when({ type: 'RetireStandard', data: { ...ref, retiredOn: '2025-01-01', reason }, usage: unused })
      .thenThrows('STANDARD_NOT_FOUND');
    const { entity: _e, ...fields } = standard2018;
    spec
      .given(given)
      .when({ type: 'AmendStandard', data: { ...fields, reason } })
      .thenThrows('STANDARD_NOT_FOUND');
  });
});
