/** A worker's claims are one stream: each claim is judged against the others (docs/domain.md §7.10). */
export const CLAIMANT_STREAM_PREFIX = 'subsidy-claimant-';
export const claimantStreamId = (workerId: string): string => `${CLAIMANT_STREAM_PREFIX}${workerId}`;
