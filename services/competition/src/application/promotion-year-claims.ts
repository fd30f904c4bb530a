import { onlyDuplicateKeys } from '@tianfu/eventstore';
import type { Collection } from 'mongodb';

/** `_id` = `<workerId>:<year>`: the unique key is what makes "one promotion a year" exactly-once. */
export interface YearClaim {
  readonly _id: string;
  readonly workerId: string;
  readonly year: number;
  readonly competitionId: string;
  readonly contestEventId: string;
  readonly entrantId: string;
  readonly claimedAt: Date;
}

export interface ClaimOwner {
  readonly competitionId: string;
  readonly contestEventId: string;
  readonly year: number;
}

export interface PromotionYearClaims {
  /**
   * Claims each promoted worker's year for this contest event; returns the entrants whose year
   * another promotion holds. A repeat by the same contest event and entrant finds its own claim.
   */
  claim(owner: ClaimOwner, promotions: readonly { entrantId: string; workerId: string }[]): Promise<string[]>;
}

/**
 * The one-promotion-per-year cap (docs/domain.md §4.1, Tianjin reference): an insert-only document per
 * worker and year; the duplicate-key error is the answer, never a conditional update (docs/architecture.md
 * "One rule for every write"). Every promotion claims its year, so a capped contest also sees
 * promotions from uncapped ones.
 */
export function promotionYearClaims(claims: Collection<YearClaim>, clock: () => Date): PromotionYearClaims {
  return {
    async claim(owner, promotions) {
      if (promotions.length === 0) return [];
      const docs = promotions.map(({ entrantId, workerId }) => ({
        _id: `${workerId}:${owner.year}`,
        workerId,
        ...owner,
        entrantId,
        claimedAt: clock(),
      }));
      try {
        await claims.insertMany(docs, { ordered: false });
      } catch (error) {
        if (!onlyDuplicateKeys(error)) throw error;
      }
      const held = new Map(
        (await claims.find({ _id: { $in: docs.map((d) => d._id) } }).toArray()).map((d) => [d._id, d]),
      );
      return docs
        .filter((mine) => {
          const holder = held.get(mine._id);
          if (holder === undefined) throw new Error(`the year claim ${mine._id} vanished after its insert`);
          return (
            holder.competitionId !== mine.competitionId ||
            holder.contestEventId !== mine.contestEventId ||
            holder.entrantId !== mine.entrantId
          );
        })
        .map((d) => d.entrantId);
    },
  };
}
