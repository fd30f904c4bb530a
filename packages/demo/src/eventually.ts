import { isApiProblem } from '@tianfu/api-client';
import { waitUntil } from '@tianfu/testing';

export interface Deadline {
  /** Named when the wait gives up. */
  readonly what: string;
  readonly timeoutMs?: number;
  /** Between two looks; 250 ms unless given. */
  readonly intervalMs?: number;
}

/** Polls `probe` until `done` accepts its value, or throws naming `what` when the deadline passes. */
export function until<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { what, timeoutMs = 60_000, intervalMs = 250 }: Deadline,
): Promise<T> {
  return waitUntil(probe, done, { what, timeoutMs, intervalMs });
}

/** Polls `probe` until it finds something (not null) or the deadline passes. */
export async function found<T>(probe: () => Promise<T | null>, deadline: Deadline): Promise<T> {
  return (await until(probe, (value) => value !== null, deadline)) as T;
}

type Attempt<T> = { readonly value: T } | { readonly refused: string };

/**
 * Repeats `command` while a service refuses it with one of `codes` because what it checks has
 * not reached it yet (a certificate another service issued, say), until the deadline.
 */
export async function onceAccepted<T>(
  command: () => Promise<T>,
  codes: readonly string[],
  deadline: Deadline,
): Promise<T> {
  const attempt = async (): Promise<Attempt<T>> => {
    try {
      return { value: await command() };
    } catch (error) {
      if (isApiProblem(error, ...codes)) return { refused: error.message };
      throw error;
    }
  };
  const accepted = await until(attempt, (a) => 'value' in a, deadline);
  return (accepted as { readonly value: T }).value;
}
