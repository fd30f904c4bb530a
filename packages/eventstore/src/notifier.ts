import type { Commit } from './types.ts';

/** In-process "this commit was appended" signal; listeners must not throw. */
export class AppendNotifier {
  readonly #listeners = new Set<(commit: Commit) => void>();

  subscribe(listener: (commit: Commit) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  notify(commit: Commit): void {
    for (const listener of this.#listeners) listener(commit);
  }
}
