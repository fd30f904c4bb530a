import { sichuanRegionContaining } from '@tianfu/contracts';
import { forbidden, type Principal } from '@tianfu/service-kit';
import type { CareerReadSide } from '../application/read-side.ts';

const ownRegion = (region: string): string => sichuanRegionContaining(region)?.code ?? region;

/**
 * The 市(州) a request may see: an `hr` token with a region sees only that one (the region asked
 * must be it, or none is asked and it is applied); other allowed callers see what they ask.
 */
export function scopedRegion(principal: Principal, asked: string | undefined): string | undefined {
  if (principal.role !== 'hr' || principal.region === undefined) return asked;
  const own = ownRegion(principal.region);
  if (asked !== undefined && asked !== own)
    throw forbidden(`this hr token is scoped to region ${own}; region ${asked} is outside it`, { field: 'region' });
  return own;
}

/**
 * Whether an `hr` token with a region may see this worker: one placed in that 市(州) (by the body of
 * their latest counted certificate). Tokens without a region, and the worker's own, see any.
 */
export function placedInScope(
  principal: Principal,
  index: Pick<CareerReadSide['index'], 'entry' | 'regionOf'>,
  workerId: string,
): boolean {
  if (principal.role !== 'hr' || principal.region === undefined) return true;
  const entry = index.entry(workerId);
  return entry !== undefined && index.regionOf(entry.latestBodyId) === ownRegion(principal.region);
}

/** A worker reads their own records; hr reads any, or, with a region in the token, the workers placed in it. */
export function ownOrPlaced(readSide: () => CareerReadSide) {
  return (principal: Principal, request: { params: unknown }): boolean => {
    const { workerId } = request.params as { workerId: string };
    if (principal.role === 'worker') return principal.workerId === workerId;
    return placedInScope(principal, readSide().index, workerId);
  };
}
