export type SichuanRegionKind = 'city' | 'autonomous-prefecture'; // 地级市 | 自治州

export interface SichuanRegion {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: SichuanRegionKind;
}

/** The 21 市(州) of Sichuan (docs/domain.md §5.1): 18 cities and 3 autonomous prefectures. */
export const sichuanRegions = [
  { code: '510100', name: '成都市', shortName: '成都', kind: 'city' },
  { code: '510300', name: '自贡市', shortName: '自贡', kind: 'city' },
  { code: '510400', name: '攀枝花市', shortName: '攀枝花', kind: 'city' },
  { code: '510500', name: '泸州市', shortName: '泸州', kind: 'city' },
  { code: '510600', name: '德阳市', shortName: '德阳', kind: 'city' },
  { code: '510700', name: '绵阳市', shortName: '绵阳', kind: 'city' },
  { code: '510800', name: '广元市', shortName: '广元', kind: 'city' },
  { code: '510900', name: '遂宁市', shortName: '遂宁', kind: 'city' },
  { code: '511000', name: '内江市', shortName: '内江', kind: 'city' },
  { code: '511100', name: '乐山市', shortName: '乐山', kind: 'city' },
  { code: '511300', name: '南充市', shortName: '南充', kind: 'city' },
  { code: '511400', name: '眉山市', shortName: '眉山', kind: 'city' },
  { code: '511500', name: '宜宾市', shortName: '宜宾', kind: 'city' },
  { code: '511600', name: '广安市', shortName: '广安', kind: 'city' },
  { code: '511700', name: '达州市', shortName: '达州', kind: 'city' },
  { code: '511800', name: '雅安市', shortName: '雅安', kind: 'city' },
  { code: '511900', name: '巴中市', shortName: '巴中', kind: 'city' },
  { code: '512000', name: '资阳市', shortName: '资阳', kind: 'city' },
  { code: '513200', name: '阿坝藏族羌族自治州', shortName: '阿坝州', kind: 'autonomous-prefecture' },
  { code: '513300', name: '甘孜藏族自治州', shortName: '甘孜州', kind: 'autonomous-prefecture' },
  { code: '513400', name: '凉山彝族自治州', shortName: '凉山州', kind: 'autonomous-prefecture' },
] as const satisfies readonly SichuanRegion[];

export type SichuanRegionCode = (typeof sichuanRegions)[number]['code'];
