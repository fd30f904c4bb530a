import { foldEvents } from '@tianfu/decider';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import { bodyNotRegistered } from '../domain/body-errors.ts';
import { type BodyCommand, evaluationBody, type FileOccupation } from '../domain/evaluation-body.ts';
import type { BodyDirectory } from './body-directory.ts';
import type { BodyView } from './body-view.ts';
import { type CataloguePort, occupationIn } from './catalogue-port.ts';

const BODY_STREAM_PREFIX = 'body-';

export const bodyStreamId = (bodyId: string): string => `${BODY_STREAM_PREFIX}${bodyId}`;

/** The body a stream holds, or null for another aggregate's stream. */
export const bodyIdOf = (streamId: string): string | null =>
  streamId.startsWith(BODY_STREAM_PREFIX) ? streamId.slice(BODY_STREAM_PREFIX.length) : null;

/** A command as a route states it: a filing's catalogue record is the handler's to look up. */
export type BodyRequest = Exclude<BodyCommand, FileOccupation> | Omit<FileOccupation, 'occupation'>;

export interface BodyCommands {
  execute(request: BodyRequest, caller: RequestCaller): Promise<BodyView>;
  load(bodyId: string): Promise<BodyView>;
}

/** Reads by folding the stream: one aggregate, a handful of events. */
export async function loadBody(store: EventStore, bodyId: string): Promise<BodyView> {
  const stream = await store.readStream(bodyStreamId(bodyId));
  const state = foldEvents(evaluationBody, stream.events);
  if (state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
  return { ...state, revision: stream.revision };
}

export function bodyCommands(
  store: EventStore,
  directory: BodyDirectory,
  readModels: Pick<PostCommitWrites, 'afterCommit'>,
  catalogue: CataloguePort,
): BodyCommands {
  const withRecord = (request: BodyRequest): BodyCommand =>
    request.type === 'FileOccupation'
      ? { ...request, occupation: occupationIn(catalogue, request.data.occupationCode) }
      : request;
  return {
    async execute(request, caller) {
      const command = withRecord(request);
      const { bodyId } = command.data;
      const result = await handleCommand(store, bodyStreamId(bodyId), evaluationBody, command, caller);
      if (result.state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
      const view = { ...result.state, revision: result.revision };
      await readModels.afterCommit(result.events, () => directory.refresh(view));
      return view;
    },
    load: (bodyId) => loadBody(store, bodyId),
  };
}
