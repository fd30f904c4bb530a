import { type ClaimRequest, chinaDate } from '@tianfu/contracts';
import { forbidden, type RequestCaller, validationFailed } from '@tianfu/service-kit';
import type { Claimer } from '../application/claim-grounds.ts';

const problem = (field: string, rule: string, message: string) =>
  validationFailed(message, { errors: [{ field, rule, message }] });

/** Who sends the claim, as the application checks it against the training it rests on. */
function claimerOf({ principal }: RequestCaller): Claimer {
  if (principal.role === 'training-provider') return { as: 'provider', providerId: principal.providerId ?? '' };
  if (principal.role === 'employer') return { as: 'employer', employerCode: principal.employerCode ?? null };
  return { as: principal.role === 'worker' ? 'worker' : 'office' };
}

/**
 * Who a claim is for, on which day and by whom (docs/domain.md §7.10): a worker claims for
 * themself, today (China time); a provider or an employer claims today for the worker it names (an
 * employer's apprentice is named by the agreement); the subsidy office names the worker (or the
 * apprenticeship) and may keep the day a paper claim was received, never a later one.
 */
export function claimantOf(body: ClaimRequest, caller: RequestCaller, now: Date) {
  const today = chinaDate(now);
  const claimer = claimerOf(caller);
  const { principal } = caller;
  if (principal.role === 'worker') {
    if (body.workerId !== undefined && body.workerId !== principal.workerId)
      throw forbidden('a worker claims for themself only', { field: 'workerId' });
    if (body.claimedOn !== undefined && body.claimedOn !== today)
      throw problem('claimedOn', 'claimed_today', `a worker's claim is made on the day it is sent, ${today}`);
    return { workerId: principal.workerId as string, claimedOn: today, claimer };
  }
  const workerId = body.workerId ?? null;
  if (workerId === null && body.kind !== 'apprenticeship')
    throw problem('workerId', 'required_for_office', 'the claim names the worker it is for');
  if (claimer.as !== 'office') {
    if (body.claimedOn !== undefined && body.claimedOn !== today)
      throw problem('claimedOn', 'claimed_today', `a claim is made on the day it is sent, ${today}`);
    return { workerId, claimedOn: today, claimer };
  }
  const claimedOn = body.claimedOn ?? today;
  if (claimedOn > today) throw problem('claimedOn', 'not_in_future', `a claim is made on or before today, ${today}`);
  return { workerId, claimedOn, claimer };
}
