/**
 * `work` over every item, at most `limit` at once, results in the items' order. On FerretDB an
 * `$in` filter scans the whole collection where an equality uses its index, so a lookup of many
 * keys is many equality queries in flight together rather than one `$in`.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let at = next++; at < items.length; at = next++) results[at] = await work(items[at] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
