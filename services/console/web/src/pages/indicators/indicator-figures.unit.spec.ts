import { describe, expect, it } from 'vitest';
import { type Indicators, percentOfTarget, regionValues, yearSeries, yearsOf } from './indicator-figures.ts';

const counts = (newCertificates: number, newHighSkill = 0) => ({
  newCertificates,
  newHighSkill,
  publicTrainingBases: 0,
  provincialBasesAndStudios: 0,
  parkCultivationBases: 0,
});

// An answer with certificates in 2023 and 2025 (none in 2024), in 成都, 甘孜 and one 市(州) not known.
const answer = {
  plan: { period: { from: '2023-01-01', to: '2025-12-31' } },
  byYear: [
    { year: '2023', ...counts(2, 1) },
    { year: '2025', ...counts(3) },
  ],
  byRegion: [
    { regionCode: '510100', regionName: '成都市', ...counts(4, 1) },
    { regionCode: 'unknown', regionName: '未知', ...counts(1) },
  ],
  byYearAndRegion: [
    { year: '2023', regionCode: '510100', regionName: '成都市', ...counts(2, 1) },
    { year: '2025', regionCode: '510100', regionName: '成都市', ...counts(2) },
    { year: '2025', regionCode: 'unknown', regionName: '未知', ...counts(1) },
  ],
} as unknown as Indicators;

describe('the indicators page’s figures', () => {
  it('given a year with nothing counted, when drawing a measure by year, then that year shows zero and the running total carries on', () => {
    expect(yearsOf(answer)).toEqual(['2023', '2024', '2025']);
    expect(yearSeries(answer, 'newCertificates')).toEqual([
      { year: '2023', value: 2, cumulative: 2 },
      { year: '2024', value: 0, cumulative: 2 },
      { year: '2025', value: 3, cumulative: 5 },
    ]);
  });

  it('given a year, when mapping a measure, then all 21 市(州) have a number, zero where none was counted, and the unknown ones follow', () => {
    const values = regionValues(answer, 'newCertificates', '2025');
    expect(values).toHaveLength(22);
    expect(values.find((region) => region.code === '510100')).toEqual({ code: '510100', name: '成都市', value: 2 });
    expect(values.find((region) => region.code === '513300')).toEqual({
      code: '513300',
      name: '甘孜藏族自治州',
      value: 0,
    });
    expect(values.at(-1)).toEqual({ code: 'unknown', name: '', value: 1 });
    expect(regionValues(answer, 'newHighSkill', '2025')).toHaveLength(21);
    expect(regionValues(answer, 'newCertificates', 'all').find((r) => r.code === '510100')?.value).toBe(4);
  });

  it('gives the share of a target in per cent to one decimal, and zero for no target', () => {
    expect(percentOfTarget(4, 450_000)).toBe(0);
    expect(percentOfTarget(3, 9)).toBe(33.3);
    expect(percentOfTarget(45, 30)).toBe(150);
    expect(percentOfTarget(1, 0)).toBe(0);
  });
});
