import { waitUntil } from '@tianfu/testing';
import { isProblem } from './http/problem.ts';

export interface Deadline {
  /** Named when the wait gives up. */
  readonly what: string;
  readonly timeoutMs?: number;
}

type Attempt<T> = { readonly value: T } | { readonly refused: string };

/**
 * Repeats `command` while a service refuses it with one of `codes` because what it checks has
 * not reached it yet (a certificate another service issued, say), until the deadline.
 */
export async function onceAccepted<T>(
  command: () => Promise<T>,
  codes: readonly string[],
  { what, timeoutMs = 60_000 }: Deadline,
): Promise<T> {
  const attempt = async (): Promise<Attempt<T>> => {
    try {
      return { value: await command() };
    } catch (error) {
      if (isProblem(error, ...codes)) return { refused: error.message };
      throw error;
    }
  };
  const accepted = await waitUntil(attempt, (a) => 'value' in a, { what, timeoutMs, intervalMs: 250 });
  return (accepted as { readonly value: T }).value;
}

/** Polls `probe` until it finds something (not null) or the deadline passes. */
export async function found<T>(probe: () => Promise<T | null>, { what, timeoutMs = 60_000 }: Deadline): Promise<T> {
  return (await waitUntil(probe, (value) => value !== null, { what, timeoutMs, intervalMs: 250 })) as T;
}

/** Polls `probe` until `done` accepts its value or the deadline passes. */
export const until = <T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { what, timeoutMs = 60_000 }: Deadline,
) => waitUntil(probe, done, { what, timeoutMs, intervalMs: 250 });
