import { describe, expect, it } from 'vitest';
import { insuranceOn } from '../src/domain/insured-run.ts';

const period = (insuredSince: string, insuredUntil: string | null = null) => ({ insuredSince, insuredUntil });

describe('insured since when, as of a day (docs/domain.md §7.9, 技能提升补贴 "insured ≥ 1 year")', () => {
  it('given no period held, then unknown: the claim goes to a person', () => {
    expect(insuranceOn([], '2025-03-01')).toEqual({ status: 'unknown' });
  });

  it('given an open period, then insured since its start from that day on, and not insured the day before', () => {
    expect(insuranceOn([period('2024-03-01')], '2025-03-01')).toEqual({
      status: 'insured',
      since: '2024-03-01',
      until: null,
    });
    expect(insuranceOn([period('2024-03-01')], '2024-03-01')).toMatchObject({ status: 'insured' });
    expect(insuranceOn([period('2024-03-01')], '2024-02-29')).toEqual({
      status: 'not-insured',
      lastInsuredUntil: null,
    });
  });

  it('given an ended period, then insured up to its last day, and not insured after it, naming that day', () => {
    const ended = [period('2019-01-01', '2023-06-30')];
    expect(insuranceOn(ended, '2023-06-30')).toMatchObject({ status: 'insured', since: '2019-01-01' });
    expect(insuranceOn(ended, '2023-07-01')).toEqual({ status: 'not-insured', lastInsuredUntil: '2023-06-30' });
  });

  it('periods that follow one another without a day between, or overlap, are one unbroken run', () => {
    const chained = [period('2021-01-01'), period('2018-01-01', '2020-12-31')];
    expect(insuranceOn(chained, '2025-01-01')).toEqual({ status: 'insured', since: '2018-01-01', until: null });
    const overlapping = [period('2018-01-01', '2021-06-30'), period('2021-01-01', '2022-12-31')];
    expect(insuranceOn(overlapping, '2022-12-31')).toEqual({
      status: 'insured',
      since: '2018-01-01',
      until: '2022-12-31',
    });
  });

  it('a gap of one day or more starts a new run: the insured-since is the later start', () => {
    const broken = [period('2018-01-01', '2020-12-30'), period('2021-01-01')];
    expect(insuranceOn(broken, '2025-01-01')).toMatchObject({ status: 'insured', since: '2021-01-01' });
    expect(insuranceOn(broken, '2020-12-31')).toEqual({ status: 'not-insured', lastInsuredUntil: '2020-12-30' });
  });
});
