import { z } from 'zod';
import { type SichuanRegion, type SichuanRegionCode, sichuanRegions } from './sichuan-regions.ts';

/** A GB/T 2260 administrative division code: 2 province + 2 prefecture + 2 county digits. */
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, 'region code must be 6 digits (GB/T 2260)');
export type RegionCode = z.infer<typeof RegionCodeSchema>;

const sichuanCodes = sichuanRegions.map((r) => r.code) as [SichuanRegionCode, ...SichuanRegionCode[]];

/** One of the 21 市(州) of Sichuan (docs/domain.md §5.1); county codes are not accepted here. */
export const SichuanRegionCodeSchema = RegionCodeSchema.pipe(
  z.enum(sichuanCodes, { error: 'must be the code of one of the 21 Sichuan 市(州) (docs/domain.md §5.1)' }),
);

export const isSichuanRegion = (code: unknown): code is SichuanRegionCode =>
  typeof code === 'string' && sichuanRegions.some((r) => r.code === code);

export const sichuanRegion = (code: string): SichuanRegion | undefined => sichuanRegions.find((r) => r.code === code);

/**
 * The 市(州) a Sichuan county or district code (e.g. 510104) belongs to: GB/T 2260 keeps the
 * prefecture in digits 3–4, so the prefecture's own code ends in 00.
 */
export function sichuanRegionContaining(code: string): SichuanRegion | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  return sichuanRegion(`${code.slice(0, 4)}00`);
}
