import { type ClaimPayee, chinaDate, type SubsidyKind } from '@tianfu/contracts';
import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection, Db } from 'mongodb';
import type { Claimant, ClaimRecord } from '../domain/claimant-state.ts';

/** One claim as the office's lists and the region totals read it: where it stands, in fen, by day. */
export interface ClaimIndexDocument {
  readonly _id: string;
  readonly workerId: string;
  readonly region: string;
  readonly kind: SubsidyKind;
  readonly payee: ClaimPayee;
  /** The provider of a 项目制 class, paid for its trainee; the employer of an apprentice (docs/domain.md §7.10). */
  readonly providerId: string | null;
  readonly employerCode: string | null;
  readonly status: ClaimRecord['status'];
  readonly amountFen: number | null;
  /** The day it was claimed: approved claims are paid in this order while the budget lasts. */
  readonly claimedOn: string;
  /** The day it was approved (China time): by the automatic 审核, or by a person's review. */
  readonly approvedOn: string | null;
  readonly batchId: string | null;
  readonly paidOn: string | null;
  readonly clawedBackOn: string | null;
  /** The revision of the worker's claims this was written from: an older write never replaces a newer. */
  readonly revision: number;
}

/** A claim as the index holds it, written from the worker's claims at `revision`. */
export function claimIndexDocument(claim: ClaimRecord, revision: number): ClaimIndexDocument {
  const { decided, status, amountFen, review, batchId, paid, clawedBack } = claim;
  const approvedAt = status !== 'approved' ? null : (review?.reviewedAt ?? decided.decidedAt);
  return {
    _id: decided.claimId,
    workerId: decided.workerId,
    region: decided.region,
    kind: decided.decision.kind,
    payee: decided.payee,
    providerId: decided.basis.providerId,
    employerCode: decided.basis.employerCode,
    status,
    amountFen,
    claimedOn: decided.decision.claimedOn,
    approvedOn: approvedAt === null ? null : chinaDate(new Date(approvedAt)),
    batchId,
    paidOn: paid?.paidOn ?? null,
    clawedBackOn: clawedBack === null ? null : chinaDate(new Date(clawedBack.at)),
    revision,
  };
}

/**
 * The claims a commit's events changed, as the worker's claims stand after it: all the index needs
 * written, since a worker's other claims are as their own last commit wrote them.
 */
export function claimsChangedBy(state: Claimant, events: readonly { readonly data: unknown }[]): ClaimRecord[] {
  const ids = new Set(events.map((e) => (e.data as { claimId: string }).claimId));
  return [...ids].flatMap((id) => state.claims.get(id) ?? []);
}

/** The claims of every worker, one document each, written from the workers' claim streams (a cache of them). */
export async function claimIndex(db: Db) {
  const collection: Collection<ClaimIndexDocument> = db.collection('claim_index');
  await Promise.all([
    collection.createIndex({ region: 1, status: 1, batchId: 1 }),
    collection.createIndex({ providerId: 1 }),
    collection.createIndex({ employerCode: 1 }),
  ]);
  return {
    async put(claims: Iterable<ClaimRecord>, revision: number): Promise<void> {
      for (const claim of claims) {
        const doc = claimIndexDocument(claim, revision);
        try {
          await collection.replaceOne({ _id: doc._id, revision: { $lt: revision } }, doc, { upsert: true });
        } catch (error) {
          // A write of this revision or a later one is there already.
          if (!onlyDuplicateKeys(error)) throw error;
        }
      }
    },
    /** The region's approved claims no batch holds yet, approved by `day`, in the order they were claimed. */
    unbatched: (region: string, day: string) =>
      collection
        .find({ region, status: 'approved', batchId: null, approvedOn: { $lte: day } })
        .sort({ claimedOn: 1, approvedOn: 1, _id: 1 })
        .toArray(),
    /** The claims the index shows marked with the batch. */
    async inBatch(region: string, batchId: string): Promise<Set<string>> {
      const marked = await collection.find({ region, batchId }, { projection: { _id: 1 } }).toArray();
      return new Set(marked.map(({ _id }) => _id));
    },
    /** What the region's batches of a year hold, in fen: the budget they have used. */
    async batchedFen(region: string, year: number): Promise<number> {
      const batched = await collection.find({ region, batchId: { $ne: null } }).toArray();
      return batched
        .filter((c) => c.batchId?.startsWith(`${region}-${year}-`))
        .reduce((sum, c) => sum + (c.amountFen ?? 0), 0);
    },
    /** The claims paid to or made by a provider or an employer, newest claim first. */
    ofParty: (party: { providerId: string } | { employerCode: string }) =>
      collection.find(party).sort({ claimedOn: -1, _id: 1 }).limit(1000).toArray(),
    /** Every claim of the region that counts in money: approved, in a year. */
    approvedIn: (region: string, year: number) =>
      collection
        .find({ region, status: 'approved', approvedOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
        .toArray(),
  };
}

export type ClaimIndex = Awaited<ReturnType<typeof claimIndex>>;
