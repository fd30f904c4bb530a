import { sichuanRegionContaining } from '@tianfu/contracts';
import { forbidden, type Principal } from '@tianfu/service-kit';

/**
 * The 市(州) a request may see: an `hr` token with a region sees only that one (the region asked
 * must be it, or none is asked and it is applied); other allowed callers see what they ask.
 */
export function scopedRegion(principal: Principal, asked: string | undefined): string | undefined {
  if (principal.role !== 'hr' || principal.region === undefined) return asked;
  const own = sichuanRegionContaining(principal.region)?.code ?? principal.region;
  if (asked !== undefined && asked !== own)
    throw forbidden(`this hr token is scoped to region ${own}; region ${asked} is outside it`, { field: 'region' });
  return own;
}
