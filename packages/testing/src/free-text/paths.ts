// Dotted paths with `*` for "the first item": enough to put one value into a sample and read it back.
const keysOf = (path: string): string[] => (path === '' ? [] : path.split('.'));
const step = (key: string): string | number => (key === '*' ? 0 : key);

export function getAt(value: unknown, path: string): unknown {
  return keysOf(path).reduce<unknown>(
    (at, key) => (at === null || typeof at !== 'object' ? undefined : (at as Record<string, unknown>)[step(key)]),
    value,
  );
}

export function withValueAt<T>(value: T, path: string, leaf: unknown): T {
  const [head, ...rest] = keysOf(path);
  if (head === undefined) return leaf as T;
  const key = step(head);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key] = withValueAt(copy[key], rest.join('.'), leaf);
  return copy as T;
}
