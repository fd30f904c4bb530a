import type { AppError } from './app-error.ts';

/** A service's table: each domain error code with the HTTP status and title it answers with. */
export type DomainStatuses<C extends string> = Readonly<Record<C, readonly [status: number, title: string]>>;

/** Lets a service turn its own typed errors (e.g. the event store's ConcurrencyError) into AppErrors. */
export interface ErrorMapper {
  (error: unknown): AppError | undefined;
  /** The table it maps domain codes by, when it has one: the OpenAPI document lists them per status. */
  readonly statuses?: DomainStatuses<string>;
}
