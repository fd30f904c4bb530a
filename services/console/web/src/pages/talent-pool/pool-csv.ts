import { api, ok } from '../../api/clients.ts';
import type { Lang } from '../../i18n/lang.tsx';
import { downloadFile } from '../../ui/csv-file.ts';
import { type PoolFilter, poolQuery } from './pool-filter.ts';

/**
 * Downloads career's CSV of the same search through the console with the user's token, headed in
 * the page's language; kept as the bytes career sent (its BOM, so Excel reads the Chinese).
 */
export async function downloadPoolCsv(filter: PoolFilter, lang: Lang): Promise<void> {
  const csv = await ok(
    api.career.GET('/v1/talent-pool.csv', { params: { query: { ...poolQuery(filter), lang } }, parseAs: 'blob' }),
  );
  downloadFile('talent-pool.csv', csv as Blob);
}
