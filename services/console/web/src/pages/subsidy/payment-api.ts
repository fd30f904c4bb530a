import { api, ok } from '../../api/clients.ts';
import { downloadFile } from '../../ui/csv-file.ts';
import type { SubsidyRegion } from './subsidy-types.ts';

const regionPath = (region: SubsidyRegion) => ({ path: { region } });
const batchPath = (batchId: string) => ({ params: { path: { batchId } } });

/** The 专账资金 and money of a region's year (docs/domain.md §7.11), and its claims waiting, oldest first. */
export const regionTotals = (region: SubsidyRegion, year: number) =>
  ok(api.subsidy.GET('/v1/regions/{region}/totals', { params: { ...regionPath(region), query: { year } } }));

export const waitingClaims = (region: SubsidyRegion) =>
  ok(api.subsidy.GET('/v1/regions/{region}/waiting', { params: regionPath(region) }));

export const allocateBudget = (region: SubsidyRegion, body: { year: number; amountFen: number; reference: string }) =>
  ok(api.subsidy.POST('/v1/regions/{region}/budgets', { params: regionPath(region), body }));

/** A region's batch of a day: assembled from its approved claims, or the one assembled before. */
export const assembleBatch = (region: SubsidyRegion, day: string) =>
  ok(api.subsidy.POST('/v1/batches', { body: { region, day } }));

export const batch = (batchId: string) => ok(api.subsidy.GET('/v1/batches/{batchId}', batchPath(batchId)));

export const confirmPaid = (batchId: string, paidOn: string) =>
  ok(api.subsidy.POST('/v1/batches/{batchId}/paid', { ...batchPath(batchId), body: { paidOn } }));

/** The bank's file of a batch, saved as the service wrote it (UTF-8 with a BOM, amounts in fen). */
export async function downloadBatchFile(batchId: string): Promise<void> {
  const file = await ok(api.subsidy.GET('/v1/batches/{batchId}/lines.csv', { ...batchPath(batchId), parseAs: 'blob' }));
  downloadFile(`${batchId}.csv`, file as Blob);
}

export const clawBack = (line: { workerId: string; claimId: string }, body: { reason: string; caseRef: string }) =>
  ok(
    api.subsidy.POST('/v1/workers/{workerId}/claims/{claimId}/clawback', {
      params: { path: { workerId: line.workerId, claimId: line.claimId } },
      body,
    }),
  );
