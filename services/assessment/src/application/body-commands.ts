import { type CommandContext, type EventStore, foldEvents, handleCommand } from '@tianfu/eventstore';
import { bodyNotRegistered } from '../domain/body-errors.ts';
import { type BodyCommand, type EvaluationBody, evaluationBody } from '../domain/evaluation-body.ts';

export const bodyStreamId = (bodyId: string): string => `body-${bodyId}`;

/** The body as it stands after the command, with the stream revision that holds it. */
export interface BodyView extends EvaluationBody {
  readonly revision: number;
}

export async function executeBodyCommand(
  store: EventStore,
  command: BodyCommand,
  context: CommandContext,
): Promise<BodyView> {
  const { bodyId } = command.data;
  const result = await handleCommand(store, bodyStreamId(bodyId), evaluationBody, command, context);
  if (result.state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
  return { ...result.state, revision: result.revision };
}

/** Reads by folding the stream: one aggregate, a handful of events. */
export async function loadBody(store: EventStore, bodyId: string): Promise<BodyView> {
  const stream = await store.readStream(bodyStreamId(bodyId));
  const state = foldEvents(evaluationBody, stream.events);
  if (state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
  return { ...state, revision: stream.revision };
}
