/** One change oasdiff reports (`oasdiff breaking --format json`). */
export interface ApiChange {
  readonly id: string;
  readonly text: string;
  /** 3 error (breaking), 2 warning, 1 info. */
  readonly level: number;
  readonly operation: string;
  readonly path: string;
}

const BREAKING = 3;
const versioned = /^\/v(\d+)(\/.*)?$/;

// A later version of the same path in the revision (/v1/x → /v2/x): the old one may change or go.
const hasSuccessor = (path: string, revisionPaths: readonly string[]): boolean => {
  const [, version, rest = ''] = versioned.exec(path) ?? [];
  if (version === undefined) return false;
  return revisionPaths.some((other) => {
    const [, next, otherRest = ''] = versioned.exec(other) ?? [];
    return next !== undefined && otherRest === rest && Number(next) > Number(version);
  });
};

/** The breaking changes that count: those to an operation whose path did not move to a higher version. */
export const unversionedBreaks = (changes: readonly ApiChange[], revisionPaths: readonly string[]): ApiChange[] =>
  changes.filter((change) => change.level >= BREAKING && !hasSuccessor(change.path, revisionPaths));
