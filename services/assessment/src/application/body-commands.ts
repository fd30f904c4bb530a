import { type EventStore, foldEvents, handleCommand } from '@tianfu/eventstore';
import { bodyNotRegistered } from '../domain/body-errors.ts';
import { type BodyCommand, type EvaluationBody, evaluationBody } from '../domain/evaluation-body.ts';
import type { BodyDirectory } from './body-directory.ts';
import { type Caller, commandContext } from './command-context.ts';

export const bodyStreamId = (bodyId: string): string => `body-${bodyId}`;

/** The body as it stands after the command, with the stream revision that holds it. */
export interface BodyView extends EvaluationBody {
  readonly revision: number;
}

export interface BodyCommands {
  execute(command: BodyCommand, caller: Caller): Promise<BodyView>;
  load(bodyId: string): Promise<BodyView>;
}

export function bodyCommands(store: EventStore, directory: BodyDirectory): BodyCommands {
  return {
    async execute(command, caller) {
      const { bodyId } = command.data;
      const result = await handleCommand(store, bodyStreamId(bodyId), evaluationBody, command, commandContext(caller));
      if (result.state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
      const view = { ...result.state, revision: result.revision };
      await directory.refresh(view);
      return view;
    },
    // Reads by folding the stream: one aggregate, a handful of events.
    async load(bodyId) {
      const stream = await store.readStream(bodyStreamId(bodyId));
      const state = foldEvents(evaluationBody, stream.events);
      if (state === null) throw bodyNotRegistered(`evaluation body ${bodyId} is not registered`);
      return { ...state, revision: stream.revision };
    },
  };
}
