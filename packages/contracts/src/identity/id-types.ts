/** 证件类型 accepted on certificates and at lookups (docs/domain.md §3.1, §6.3). */
export const idTypes = [
  'resident-id-card', // 居民身份证
  'passport', // 护照
  'hk-macao-mainland-travel-permit', // 港澳居民来往内地通行证
  'taiwan-mainland-travel-permit', // 台湾居民来往大陆通行证
  'foreign-permanent-resident-id-card', // 外国人永久居留身份证
  'hk-macao-taiwan-residence-permit', // 港澳台居民居住证
] as const;
export type IdType = (typeof idTypes)[number];

export interface IdTypeRule {
  readonly idType: IdType;
  readonly name: string;
  /** Shape after trimming and upper-casing; the resident ID card is checked by GB 11643 instead. */
  readonly shape: RegExp | null;
  readonly shapeText: string;
}

/**
 * Deliberately loose shapes for the other documents: they catch typing slips and junk without
 * rejecting older or reissued permits whose exact formats we have not confirmed.
 */
export const idTypeRules: readonly IdTypeRule[] = [
  {
    idType: 'resident-id-card',
    name: '居民身份证',
    shape: null,
    shapeText: '18 characters (GB 11643-1999) or 15 digits',
  },
  { idType: 'passport', name: '护照', shape: /^[A-Z0-9]{5,17}$/, shapeText: '5–17 letters or digits' },
  {
    idType: 'hk-macao-mainland-travel-permit',
    name: '港澳居民来往内地通行证',
    shape: /^[A-Z0-9]{8,11}$/,
    shapeText: '8–11 letters or digits',
  },
  {
    idType: 'taiwan-mainland-travel-permit',
    name: '台湾居民来往大陆通行证',
    shape: /^[A-Z0-9]{8,10}$/,
    shapeText: '8–10 letters or digits',
  },
  {
    idType: 'foreign-permanent-resident-id-card',
    name: '外国人永久居留身份证',
    shape: /^[A-Z0-9]{15,18}$/,
    shapeText: '15–18 letters or digits',
  },
  {
    idType: 'hk-macao-taiwan-residence-permit',
    name: '港澳台居民居住证',
    shape: /^\d{17}[\dX]$/,
    shapeText: '17 digits + a digit or X',
  },
];

export function idTypeRule(idType: IdType): IdTypeRule {
  const rule = idTypeRules.find((r) => r.idType === idType);
  if (rule === undefined) throw new RangeError(`unknown id type ${idType}`);
  return rule;
}
