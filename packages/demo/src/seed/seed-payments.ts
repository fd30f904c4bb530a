import { isApiProblem, ok, okOrNull, type RequestBody } from '@tianfu/api-client';
import { chinaDate, sichuanProvinceCode, sichuanRegions } from '@tianfu/contracts';
import type { Platform } from '../platform.ts';
import type { Tally } from './tally.ts';

/** Each region's budget covers this share of what it has approved: the rest waits, as a real year's does. */
const BUDGET_SHARE = 0.8;
type Region = RequestBody<'subsidy', '/v1/batches', 'post'>['region'];
const regions = [...sichuanRegions.map((r) => r.code), sichuanProvinceCode] as Region[];

/** Today's batch of the region: assembled now, or null when nothing approved fits its budget (409, nothing recorded). */
async function assembled(platform: Platform, region: Region, day: string) {
  try {
    return await ok(platform.subsidyOffice.subsidy.POST('/v1/batches', { body: { region, day } }));
  } catch (error) {
    if (isApiProblem(error, 'BATCH_EMPTY')) return null;
    throw error;
  }
}

/**
 * 拨付 of the approved claims (docs/domain.md §7.11): each region gets a year's 专账资金 for most of
 * what it approved, its batch of today is assembled and, for every other region, paid; one paid
 * claim is clawed back (追回) by a case. Each step once: a run again finds them all there.
 */
export async function seedPayments(platform: Platform, tally: Tally): Promise<void> {
  const { subsidy } = platform.subsidyOffice;
  const today = chinaDate(new Date());
  const year = Number(today.slice(0, 4));
  let clawedBack = false;
  for (const [n, region] of regions.entries()) {
    const params = { path: { region }, query: { year } };
    const totals = await ok(subsidy.GET('/v1/regions/{region}/totals', { params }));
    if (totals.budget.allocatedFen === 0 && totals.waiting.claims > 0) {
      const amountFen = Math.floor((totals.waiting.amountFen * BUDGET_SHARE) / 10_000) * 10_000;
      if (amountFen === 0) continue;
      const body = { year, amountFen, reference: `川财社〔${year}〕${n + 1}号（演示）` };
      await ok(subsidy.POST('/v1/regions/{region}/budgets', { params: { path: { region } }, body }));
      tally.add('subsidy budgets', 'created');
    } else if (totals.budget.allocatedFen > 0) tally.add('subsidy budgets', 'existing');
    const batchId = `${region}-${today}`;
    const before = await okOrNull(subsidy.GET('/v1/batches/{batchId}', { params: { path: { batchId } } }));
    const batch = before ?? (await assembled(platform, region, today));
    if (batch === null) continue;
    tally.add('payment batches', before === null ? 'created' : 'existing');
    if (n % 2 === 1) continue;
    if (batch.paidOn === null) {
      const body = { paidOn: today };
      await ok(subsidy.POST('/v1/batches/{batchId}/paid', { params: { path: { batchId } }, body }));
    }
    tally.add('payment batches paid', batch.paidOn === null ? 'created' : 'existing');
    const [line] = batch.lines;
    if (clawedBack || line === undefined) continue;
    clawedBack = true;
    const path = { workerId: line.workerId, claimId: line.claimId };
    const body = { reason: '双随机抽查：培训与考核记录与实际不符（演示）', caseRef: `DEMO-${year}-001` };
    const claim = await ok(subsidy.GET('/v1/workers/{workerId}/claims/{claimId}', { params: { path } }));
    if (claim.clawback === null)
      await ok(subsidy.POST('/v1/workers/{workerId}/claims/{claimId}/clawback', { params: { path }, body }));
    tally.add('subsidy clawbacks', claim.clawback === null ? 'created' : 'existing');
  }
}
