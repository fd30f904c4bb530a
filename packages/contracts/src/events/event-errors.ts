import type { z } from 'zod';
import { type ContractError, contractError, isContractError } from '../errors/contract-error.ts';

export type EventContractErrorCode =
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNKNOWN_EVENT_VERSION'
  | 'EVENT_ENVELOPE_INVALID'
  | 'EVENT_SCHEMA_INVALID'
  | 'EVENT_REGISTRY_INVALID';

/** Raised by an event registry; what a consumer sends, with its message, to the dead-letter topic. */
export interface EventContractError extends ContractError<EventContractErrorCode> {
  readonly eventType: string | null;
  readonly schemaVersion: number | null;
  readonly issues: readonly z.core.$ZodIssue[];
}

const codes: readonly string[] = [
  'UNKNOWN_EVENT_TYPE',
  'UNKNOWN_EVENT_VERSION',
  'EVENT_ENVELOPE_INVALID',
  'EVENT_SCHEMA_INVALID',
  'EVENT_REGISTRY_INVALID',
] satisfies EventContractErrorCode[];

export const isEventContractError = (error: unknown): error is EventContractError =>
  isContractError(error) && codes.includes(error.code);

export const isEventSchemaInvalidError = (error: unknown): error is EventContractError =>
  isContractError(error, 'EVENT_SCHEMA_INVALID');

export const isUnknownEventTypeError = (error: unknown): error is EventContractError =>
  isContractError(error, 'UNKNOWN_EVENT_TYPE');

export interface EventErrorContext {
  readonly eventType?: string | null;
  readonly schemaVersion?: number | null;
  readonly issues?: readonly z.core.$ZodIssue[];
}

export function eventContractError(
  code: EventContractErrorCode,
  message: string,
  context: EventErrorContext = {},
): EventContractError {
  return contractError(code, message, {
    eventType: context.eventType ?? null,
    schemaVersion: context.schemaVersion ?? null,
    issues: context.issues ?? [],
  });
}
