import { describe, expect, it } from 'vitest';
import {
  isSichuanRegion,
  RegionCodeSchema,
  SichuanRegionCodeSchema,
  sichuanRegion,
  sichuanRegionContaining,
  sichuanRegions,
} from '../src/index.ts';

describe('RegionCode (docs/domain.md §5.1)', () => {
  it('lists 21 市(州): 18 cities and 3 autonomous prefectures, codes unique', () => {
    expect(sichuanRegions).toHaveLength(21);
    expect(sichuanRegions.filter((r) => r.kind === 'city')).toHaveLength(18);
    expect(sichuanRegions.filter((r) => r.kind === 'autonomous-prefecture').map((r) => r.shortName)).toEqual([
      '阿坝州',
      '甘孜州',
      '凉山州',
    ]);
    expect(new Set(sichuanRegions.map((r) => r.code)).size).toBe(21);
  });

  it('knows each code by name', () => {
    expect(sichuanRegion('510100')?.name).toBe('成都市');
    expect(sichuanRegion('513400')).toMatchObject({ name: '凉山彝族自治州', kind: 'autonomous-prefecture' });
  });

  it('given region codes, then only the 21 市(州) count as Sichuan regions', () => {
    expect(isSichuanRegion('512000')).toBe(true);
    expect(isSichuanRegion('511200')).toBe(false);
    expect(isSichuanRegion('510104')).toBe(false);
    expect(isSichuanRegion('500100')).toBe(false);
  });

  it('parses a Sichuan region, naming the rule when it fails', () => {
    expect(SichuanRegionCodeSchema.parse('510700')).toBe('510700');
    expect(SichuanRegionCodeSchema.safeParse('110100').error?.issues[0]?.message).toContain('§5.1');
    expect(SichuanRegionCodeSchema.safeParse('51010').error?.issues[0]?.message).toContain('6 digits');
    expect(RegionCodeSchema.safeParse('110100').success).toBe(true);
  });

  it('finds the 市(州) of a county or district code', () => {
    expect(sichuanRegionContaining('510104')?.name).toBe('成都市');
    expect(sichuanRegionContaining('513433')?.shortName).toBe('凉山州');
    expect(sichuanRegionContaining('110105')).toBeUndefined();
    expect(sichuanRegionContaining('5101')).toBeUndefined();
  });
});
