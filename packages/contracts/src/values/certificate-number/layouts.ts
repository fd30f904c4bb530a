/** One fixed-width field of a certificate number. */
export interface NumberSegment {
  readonly name: string;
  readonly length: number;
}

export type NumberLayout = readonly NumberSegment[];

/** 职业技能等级证书, 1 letter + 21 digits (docs/domain.md §3.2, 人社鉴发〔2019〕2号). */
export const skillLevelCertificateLayout: NumberLayout = [
  { name: 'bodyKind', length: 1 },
  { name: 'bodyCode', length: 4 },
  { name: 'province', length: 2 },
  { name: 'bodySequence', length: 6 },
  { name: 'year', length: 2 },
  { name: 'level', length: 1 },
  { name: 'serial', length: 6 },
];

/**
 * 特级技师 certificates: 2 letters + 20 digits in the same 7 parts (docs/domain.md §3.2). ⚠ Which
 * letters, and how the 20 digits split between level and serial, are not confirmed: this split
 * (level 1, serial 5) is an assumption, so callers get the segments flagged as unconfirmed.
 */
export const principalTechnicianLayout: NumberLayout = [
  { name: 'bodyKind', length: 2 },
  { name: 'bodyCode', length: 4 },
  { name: 'province', length: 2 },
  { name: 'bodySequence', length: 6 },
  { name: 'year', length: 2 },
  { name: 'level', length: 1 },
  { name: 'serial', length: 5 },
];

/** Old state 职业资格证书, 16 digits (docs/domain.md §3.2); the 5-digit serial is ⚠. */
export const vocationalQualificationLayout: NumberLayout = [
  { name: 'year', length: 2 },
  { name: 'province', length: 2 },
  { name: 'city', length: 2 },
  { name: 'bodyKind', length: 1 },
  { name: 'bodySerial', length: 3 },
  { name: 'level', length: 1 },
  { name: 'serial', length: 5 },
];

/** Cuts `text` into the layout's named fields; the caller has checked the total length. */
export function splitSegments(text: string, layout: NumberLayout): Readonly<Record<string, string>> {
  const segments: Record<string, string> = {};
  let at = 0;
  for (const { name, length } of layout) {
    segments[name] = text.slice(at, at + length);
    at += length;
  }
  return segments;
}
