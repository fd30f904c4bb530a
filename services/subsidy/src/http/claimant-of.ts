import { type ClaimRequest, chinaDate } from '@tianfu/contracts';
import { forbidden, type RequestCaller, validationFailed } from '@tianfu/service-kit';

const problem = (field: string, rule: string, message: string) =>
  validationFailed(message, { errors: [{ field, rule, message }] });

/**
 * Who a claim is for and on which day: a worker claims for themself, today (China time); the
 * subsidy office names the worker and may keep the day a paper claim was received, never a later one.
 */
export function claimantOf(body: ClaimRequest, { principal }: RequestCaller, now: Date) {
  const today = chinaDate(now);
  if (principal.role === 'worker') {
    if (body.workerId !== undefined && body.workerId !== principal.workerId)
      throw forbidden('a worker claims for themself only', { field: 'workerId' });
    if (body.claimedOn !== undefined && body.claimedOn !== today)
      throw problem('claimedOn', 'claimed_today', `a worker's claim is made on the day it is sent, ${today}`);
    return { workerId: principal.workerId as string, claimedOn: today };
  }
  if (body.workerId === undefined)
    throw problem('workerId', 'required_for_office', 'the subsidy office names the worker the claim is for');
  const claimedOn = body.claimedOn ?? today;
  if (claimedOn > today) throw problem('claimedOn', 'not_in_future', `a claim is made on or before today, ${today}`);
  return { workerId: body.workerId, claimedOn };
}
