import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { heldPeriods, type InsuranceEvent, insurance, type ReportedPeriod } from '../src/domain/insurance.ts';

const spec = deciderSpec(insurance);
const workerId = 'a'.repeat(64);
const importId = '00000000-0000-4000-8000-000000000001';
const at = '2025-03-01T02:00:00.000Z';
const later = '2025-06-01T02:00:00.000Z';

const record = (periods: readonly ReportedPeriod[], when = at) =>
  ({ type: 'RecordInsurance', data: { workerId, periods, importId, at: when } }) as const;
const recorded = (period: ReportedPeriod, when = at): InsuranceEvent => ({
  type: 'subsidy.InsurancePeriodRecorded',
  data: { workerId, ...period, importId, recordedAt: when },
});
const emitted = (period: ReportedPeriod, when = at) => ({ ...recorded(period, when), workerId, occurredAt: when });

const open2020 = { insuredSince: '2020-01-01', insuredUntil: null };
const closed2020 = { insuredSince: '2020-01-01', insuredUntil: '2024-12-31' };

describe("the registry's 失业保险 periods of a worker (docs/domain.md §7.9, 技能提升补贴)", () => {
  it('given nothing, when periods are reported, then each is recorded', () => {
    const earlier = { insuredSince: '2015-03-01', insuredUntil: '2018-02-28' };
    spec
      .given([])
      .when(record([earlier, open2020]))
      .thenEmits([emitted(earlier), emitted(open2020)]);
  });

  it('given a period held, when the same period is reported again (a sheet imported twice), then nothing', () => {
    spec
      .given([recorded(open2020)])
      .when(record([open2020], later))
      .thenEmits([]);
  });

  it('given an open period, when its end is reported, then the period is recorded again with its end', () => {
    spec
      .given([recorded(open2020)])
      .when(record([closed2020], later))
      .thenEmits([emitted(closed2020, later)]);
  });

  it('the held periods are the latest report of each insuredSince; knownAt reads them as they were known then', () => {
    const reports = [recorded(open2020).data, recorded(closed2020, later).data];
    expect(heldPeriods(reports)).toEqual([closed2020]);
    expect(heldPeriods(reports, '2025-04-01T00:00:00.000Z')).toEqual([open2020]);
    expect(heldPeriods(reports, '2025-01-01T00:00:00.000Z')).toEqual([]);
  });
});
