import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import {
  type ClaimantTemplate,
  certificateNoOf,
  claimIdsOf,
  NEW_CLAIM,
  TEMPLATE_WORKER,
  workerOf,
} from './bench-claimants.ts';

/** Claimants written by one insertMany per collection. */
const CLAIMANTS_PER_BATCH = 1_000;

const replaced = (text: string, pairs: readonly (readonly [string, string])[]) =>
  pairs.reduce((out, [from, to]) => out.split(from).join(to), text);

/**
 * The template's commits and index documents as worker `n`'s: its id, its claim ids and fresh
 * event ids; stored as the event store stores a published commit (events as JSON text).
 */
function claimantDocuments(template: ClaimantTemplate, n: number) {
  const workerId = workerOf(n);
  const ids = claimIdsOf(workerId);
  const claimIds = template.claimIds.map((id, i) => [id, ids[i] ?? ''] as const);
  const pairs = [[TEMPLATE_WORKER, workerId] as const, ...claimIds];
  const commits = template.commits.map((commit) => {
    const events = commit.events.map((e) => ({ ...e, eventId: randomUUID() }));
    return {
      _id: `${replaced(commit.streamId, pairs)}:${commit.revision}`,
      published: true,
      committedAt: commit.committedAt,
      publishedAt: commit.committedAt,
      events: replaced(JSON.stringify(events), pairs),
    };
  });
  const index = template.index.map((doc) => ({ ...doc, _id: replaced(doc._id, pairs), workerId }));
  const certificate = {
    _id: randomUUID(),
    kind: 'issued',
    workerId,
    certificateId: randomUUID(),
    certificateNo: certificateNoOf(n),
    occupationCode: NEW_CLAIM.occupationCode,
    level: NEW_CLAIM.level,
    issuedOn: '2026-06-10',
    path: 'exam',
    sourceEventId: randomUUID(),
  };
  return { commits, index, certificate };
}

/**
 * Writes `claimants` copies of the template straight into the service's collections (commits,
 * claim_index, certificate_facts), a batch of claimants at a time: the prior claims on record.
 */
export async function seedClaimants(
  db: Db,
  template: ClaimantTemplate,
  claimants: number,
  progress: (done: number) => void,
): Promise<void> {
  const insert = (collection: string, docs: object[]) => db.collection(collection).insertMany(docs, { ordered: false });
  for (let from = 0; from < claimants; from += CLAIMANTS_PER_BATCH) {
    const count = Math.min(CLAIMANTS_PER_BATCH, claimants - from);
    const docs = Array.from({ length: count }, (_, i) => claimantDocuments(template, from + i));
    await Promise.all([
      insert(
        'commits',
        docs.flatMap((d) => d.commits),
      ),
      insert(
        'claim_index',
        docs.flatMap((d) => d.index),
      ),
      insert(
        'certificate_facts',
        docs.map((d) => d.certificate),
      ),
    ]);
    progress(from + count);
  }
}
