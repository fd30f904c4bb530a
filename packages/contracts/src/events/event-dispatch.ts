import type { EventEnvelope } from '../envelope.ts';
import type { AnyEventDefinition } from './event-definition.ts';
import type { EventRegistry } from './event-registry.ts';
import type { ParsedEvent } from './latest-definitions.ts';

/** The parsed envelope of one event type, its data at the latest version. */
export type ParsedEventOf<TDefs extends AnyEventDefinition, TType extends string> = Extract<
  ParsedEvent<TDefs>,
  { readonly type: TType }
>;

/**
 * What a consumer does with each event type of its registry: a handler given that type's parsed
 * event, or 'ignored'. Every type must be named, so a topic that gains an event fails to compile
 * in each consumer that says nothing of it.
 */
export type EventHandlers<TDefs extends AnyEventDefinition, TResult> = {
  readonly [K in TDefs['type']]: ((event: ParsedEventOf<TDefs, K>) => TResult) | 'ignored';
};

export interface EventDispatch<TResult> {
  /** The handler's result; `null` for an ignored type or one the registry does not know, neither parsed. */
  (envelope: EventEnvelope): TResult | null;
  /** Whether `type` has a handler, for a consumer that filters before dispatching. */
  handles(type: string): boolean;
}

type AnyHandler<TDefs extends AnyEventDefinition, TResult> = (event: ParsedEvent<TDefs>) => TResult;

function handlerMap<TDefs extends AnyEventDefinition, TResult>(
  handlers: EventHandlers<TDefs, TResult>,
): ReadonlyMap<string, AnyHandler<TDefs, TResult>> {
  const byType = new Map<string, AnyHandler<TDefs, TResult>>();
  for (const [type, handle] of Object.entries<EventHandlers<TDefs, TResult>[TDefs['type']]>(handlers)) {
    // Sound: the map is read only with a parsed event whose type is the key, the type this handler takes.
    if (handle !== 'ignored') byType.set(type, handle as AnyHandler<TDefs, TResult>);
  }
  return byType;
}

/**
 * A consumer's event dispatch over a registry: an envelope of a handled type is parsed (and upcast
 * to its latest version) by its contract and passed to that type's handler; one that fails its
 * contract throws the registry's error, for the dead-letter topic.
 */
export function eventDispatch<TDefs extends AnyEventDefinition, TResult>(
  registry: EventRegistry<TDefs>,
  handlers: EventHandlers<TDefs, TResult>,
): EventDispatch<TResult> {
  const byType = handlerMap(handlers);
  const dispatch = (envelope: EventEnvelope): TResult | null => {
    const handle = byType.get(envelope.type);
    return handle === undefined ? null : handle(registry.parse(envelope));
  };
  return Object.assign(dispatch, { handles: (type: string) => byType.has(type) });
}
