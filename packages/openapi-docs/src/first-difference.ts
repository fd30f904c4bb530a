const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const member = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

function differingKey(a: Record<string, unknown>, b: Record<string, unknown>, path: string): string | null {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    if (!(key in a) || !(key in b)) return member(path, key);
    const inner = firstDifference(a[key], b[key], member(path, key));
    if (inner !== null) return inner;
  }
  return null;
}

/**
 * The JSONPath of the first place two JSON values differ (keys in sorted order, as the committed
 * documents are written), or null when they are equal.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      if (i >= a.length || i >= b.length) return member(path, i);
      const inner = firstDifference(a[i], b[i], member(path, i));
      if (inner !== null) return inner;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) return differingKey(a, b, path);
  return Object.is(a, b) ? null : path;
}
