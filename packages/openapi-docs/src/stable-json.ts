type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const sortedKeys = (value: Json): Json => {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as { readonly [key: string]: Json };
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortedKeys(object[key] as Json)]),
  );
};

/**
 * A JSON document as committed: every object's keys sorted (so the route registration order or a
 * library's key order never shows as a change), two-space indents and a final newline. Arrays keep
 * their order, which is meaningful (`required`, `enum`, `security`).
 */
export const stableJson = (value: unknown): string => `${JSON.stringify(sortedKeys(value as Json), null, 2)}\n`;
