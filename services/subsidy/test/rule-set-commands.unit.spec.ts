import { randomUUID } from 'node:crypto';
import { createEventRegistry, subsidyEvents } from '@tianfu/contracts';
import { InMemoryEventStore } from '@tianfu/eventstore';
import { sichuanPublications } from '@tianfu/subsidy-rules';
import { describe, expect, it } from 'vitest';
import { RULE_SETS_STREAM, ruleSetCommands } from '../src/application/rule-set-commands.ts';

const context = { actor: { kind: 'user', id: 'subsidy-office-1' }, correlationId: randomUUID() } as const;
const [first, ...later] = sichuanPublications;

/** One store, as every replica of the service shares it, recording what is read of the rule-set stream. */
function sharedStore() {
  const store = new InMemoryEventStore({
    clock: () => new Date(),
    newId: randomUUID,
    schemaVersions: createEventRegistry(subsidyEvents),
  });
  const reads: string[] = [];
  const [readStream, readCommit] = [store.readStream.bind(store), store.readCommit.bind(store)];
  store.readStream = (streamId: string, after?: number) => {
    if (streamId === RULE_SETS_STREAM) reads.push(`stream after ${after ?? 0}`);
    return readStream(streamId, after);
  };
  store.readCommit = (streamId: string, revision: number) => {
    if (streamId === RULE_SETS_STREAM) reads.push(`commit ${revision}`);
    return readCommit(streamId, revision);
  };
  return { store, reads };
}

describe('the rule sets a claim is judged by, held by each replica (docs/domain.md §7.8)', () => {
  it('given a registry held by one replica, when another replica publishes a version, then the next read on the first holds it', async () => {
    const { store } = sharedStore();
    const [one, other] = [ruleSetCommands(store), ruleSetCommands(store)];
    if (first === undefined) throw new Error('no rule set is shipped');
    await one.publish(first, context);
    expect((await one.read()).state.ruleSets).toHaveLength(1);
    await other.publishShipped(later, context);
    const { state, revision } = await one.read();
    expect(state.ruleSets).toEqual((await ruleSetCommands(store).read()).state.ruleSets);
    expect(state.ruleSets.length).toBeGreaterThan(later.length);
    expect(revision).toBe(sichuanPublications.length);
  });

  it('given a registry held, when it is read with nothing published since, then only the next commit is looked for', async () => {
    const { store, reads } = sharedStore();
    const replica = ruleSetCommands(store);
    await replica.publishShipped(sichuanPublications, context);
    reads.length = 0;
    const { revision } = await replica.read();
    await replica.read();
    expect(reads).toEqual([`commit ${revision + 1}`, `commit ${revision + 1}`]);
  });

  it('given a registry held, when another replica has published since, then the commits after the revision held are read', async () => {
    const { store, reads } = sharedStore();
    const [one, other] = [ruleSetCommands(store), ruleSetCommands(store)];
    if (first === undefined) throw new Error('no rule set is shipped');
    await one.publish(first, context);
    await other.publishShipped(later, context);
    reads.length = 0;
    await one.read();
    expect(reads).toEqual(['commit 2', 'stream after 1']);
  });

  it('given a version refused, when the registry is read, then it holds what it held before', async () => {
    const { store } = sharedStore();
    const replica = ruleSetCommands(store);
    await replica.publishShipped(sichuanPublications, context);
    const before = await replica.read();
    if (first === undefined) throw new Error('no rule set is shipped');
    await expect(replica.publish(first, context)).rejects.toMatchObject({ code: 'RULE_SET_VERSION_EXISTS' });
    expect(await replica.read()).toEqual(before);
  });
});
