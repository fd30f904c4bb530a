import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { catalogueDecider } from '../src/domain/catalogue-decider.ts';
import { NAMED_AT_MOST, type UsageFact, usageOf } from '../src/domain/catalogue-usage.ts';
import { added, electrician, groups, reason, standard2018, unused } from './catalogue-fixtures.ts';

const spec = deciderSpec(catalogueDecider);
const code = electrician.code;
const standard2024 = { ...standard2018, version: '2024', effectiveFrom: '2024-06-01' };
const catalogue = added(...groups, electrician, standard2018, standard2024);
const retireOccupation = { code, retiredOn: '2026-01-01', reason: '大典 2027 合并' };
const retire2018 = { occupationCode: code, version: '2018', retiredOn: '2026-01-01', reason: '标准废止' };

const filed = (bodyId: string, standardVersion: string, revision: number): UsageFact => ({
  kind: 'filed',
  bodyId,
  occupationCode: code,
  standardVersion,
  revision,
});
const withdrawn = (bodyId: string, revision: number): UsageFact => ({
  kind: 'withdrawn',
  bodyId,
  occupationCode: code,
  revision,
});
const scheduled = (sessionId: string, standardVersion = '2018'): UsageFact => ({
  kind: 'scheduled',
  sessionId,
  occupationCode: code,
  standardVersion,
});
const closed = (sessionId: string): UsageFact => ({ kind: 'closed', sessionId });

describe('what still uses an occupation or a standard version', () => {
  it('given sessions scheduled and one closed, then the open ones; of a version, only those under it', () => {
    const facts = [scheduled('s-2'), scheduled('s-1'), scheduled('s-3', '2024'), closed('s-2')];
    expect(usageOf(facts, { occupationCode: code }).sessions).toEqual(['s-1', 's-3']);
    expect(usageOf(facts, { occupationCode: code, version: '2024' }).sessions).toEqual(['s-3']);
  });

  it('given filings, withdrawals and re-filings in any order, then each body by its latest fact', () => {
    const facts = [withdrawn('b-1', 3), filed('b-1', '2018', 2), filed('b-2', '2018', 2), filed('b-2', '2024', 5)];
    expect(usageOf(facts, { occupationCode: code })).toEqual({ sessions: [], filings: ['b-2'] });
    expect(usageOf(facts, { occupationCode: code, version: '2018' }).filings).toEqual([]);
    expect(usageOf([...facts, filed('b-1', '2018', 4)], { occupationCode: code, version: '2018' }).filings).toEqual([
      'b-1',
    ]);
  });

  it('given facts of another occupation, then they use nothing of this one', () => {
    const other = {
      kind: 'scheduled',
      sessionId: 's-9',
      occupationCode: '4-03-02-01',
      standardVersion: '2018',
    } as const;
    expect(usageOf([other], { occupationCode: code })).toEqual(unused);
  });
});

describe('retiring what open sessions or filings use', () => {
  it('given an open session and a filing, when the occupation is retired, then 409 ENTRY_IN_USE naming both', () => {
    spec
      .given(catalogue)
      .when({ type: 'RetireOccupation', data: retireOccupation, usage: { sessions: ['s-1'], filings: ['b-1'] } })
      .thenThrows('ENTRY_IN_USE', {
        errors: [expect.objectContaining({ field: 'code', rule: 'entry_in_use' })],
        sessions: { count: 1, ids: ['s-1'] },
        filings: { count: 1, ids: ['b-1'] },
      });
  });

  it('given more users than a refusal names, when a standard is retired, then a bounded list and the whole count', () => {
    const sessions = Array.from({ length: NAMED_AT_MOST + 5 }, (_, i) => `s-${String(i).padStart(2, '0')}`);
    spec
      .given(catalogue)
      .when({ type: 'RetireStandard', data: retire2018, usage: { sessions, filings: [] } })
      .thenThrows('ENTRY_IN_USE', {
        errors: [expect.objectContaining({ field: 'version', rule: 'entry_in_use' })],
        sessions: { count: NAMED_AT_MOST + 5, ids: sessions.slice(0, NAMED_AT_MOST) },
        filings: { count: 0, ids: [] },
      });
  });

  it('given nothing uses them, when retired, then OccupationRetired and StandardRetired', () => {
    spec
      .given(catalogue)
      .when({ type: 'RetireOccupation', data: retireOccupation, usage: unused })
      .thenEmits([{ type: 'catalogue.OccupationRetired', data: retireOccupation }]);
    spec
      .given(catalogue)
      .when({ type: 'RetireStandard', data: retire2018, usage: unused })
      .thenEmits([{ type: 'catalogue.StandardRetired', data: retire2018 }]);
  });

  it('given a version in use, when it is superseded by a newer one, then StandardSuperseded all the same', () => {
    const supersede = {
      occupationCode: code,
      version: '2018',
      supersededOn: '2024-06-01',
      successorVersion: '2024',
      reason,
    };
    spec
      .given(catalogue)
      .when({ type: 'SupersedeStandard', data: supersede })
      .thenEmits([{ type: 'catalogue.StandardSuperseded', data: supersede }]);
  });
});
