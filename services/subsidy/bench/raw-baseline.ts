import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import type { ClaimIndexDocument } from '../src/application/claim-index.ts';
import { type ClaimantTemplate, certificateNoOf, TEMPLATE_WORKER, workerOf } from './bench-claimants.ts';

/**
 * The raw baseline of one claim, same run, same store: the least a claim reads and writes, with a
 * bare driver and no HTTP, no judge — the certificate by number and its facts, each commit of the
 * worker's streams (insurance, claims) by `_id` and one past the last, the rule-set stream's next
 * commit; then one commit and one index document written (into `raw`, leaving the seed as it was).
 */
export function rawClaim(seeded: Db, raw: Db, template: ClaimantTemplate) {
  const commits = seeded.collection<{ _id: string }>('commits');
  const facts = seeded.collection<{ workerId: string; certificateId: string }>('certificate_facts');
  const heads = new Map<string, number>();
  for (const { streamId, revision } of template.commits)
    heads.set(streamId, Math.max(heads.get(streamId) ?? 0, revision));
  const { _id, ...doc } = template.index[0] as ClaimIndexDocument;
  return async (n: number): Promise<number> => {
    const workerId = workerOf(n);
    const issued = await facts.findOne({ certificateNo: certificateNoOf(n), kind: 'issued' });
    const reads = [...heads].flatMap(([stream, head]) =>
      Array.from({ length: head + 1 }, (_, i) => `${stream.replace(TEMPLATE_WORKER, workerId)}:${i + 1}`),
    );
    await Promise.all([
      facts.find({ workerId, certificateId: issued?.certificateId ?? '' }).toArray(),
      commits.findOne({ _id: 'subsidy-rule-sets:99' }),
      ...reads.map((_id) => commits.findOne({ _id })),
    ]);
    const claimId = `raw-${randomUUID()}`;
    const events = JSON.stringify(template.commits.at(-1)?.events ?? []);
    const at = new Date().toISOString();
    await raw
      .collection<{ _id: string; published: boolean; committedAt: string; events: string }>('commits')
      .insertOne({ _id: `${claimId}:1`, published: false, committedAt: at, events });
    await raw
      .collection<ClaimIndexDocument>('claim_index')
      .replaceOne({ _id: claimId, revision: { $lt: 1 } }, { ...doc, workerId }, { upsert: true });
    return 201;
  };
}
