import type { ResponseBody } from '@tianfu/api-client';
import { api, ok } from '../../api/clients.ts';

export type DirectoryLine = ResponseBody<'training', '/v1/directory/providers', 'get'>['items'][number];
export type ProviderRecord = ResponseBody<'training', '/v1/providers/{providerId}', 'get'>;
export type ClassRecord = ResponseBody<'training', '/v1/classes/{classId}', 'get'>;
export type Enrollee = ResponseBody<'training', '/v1/classes/{classId}/enrolments', 'get'>['items'][number];
export type CompletionReceipt = ResponseBody<'training', '/v1/classes/{classId}/completion', 'post'>;

/** The public directory's filters; '' leaves one unset. */
export interface DirectoryFilter {
  readonly regionCode: string;
  readonly occupation: string;
  readonly kind: string;
  readonly grade: string;
}

export const noDirectoryFilter: DirectoryFilter = { regionCode: '', occupation: '', kind: '', grade: '' };

const setOnly = (filter: Partial<DirectoryFilter>) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined));

/** A page of listed providers (docs/domain.md §7.1, 目录清单), `after` the last one of the page before. */
export const directoryPage = (filter: Partial<DirectoryFilter>, after?: string, limit = 50) =>
  ok(
    api.training.GET('/v1/directory/providers', {
      params: { query: { ...setOnly(filter), limit, ...(after === undefined ? {} : { after }) } as never },
    }),
  );

/**
 * A listed provider's directory line. The directory has no route by id, so it is found by reading
 * the directory in its own order (a few pages for the province's providers); null when not listed.
 */
export async function directoryLine(providerId: string): Promise<DirectoryLine | null> {
  let after: string | undefined;
  do {
    const page = await directoryPage({}, after, 200);
    const found = page.items.find((line) => line.providerId === providerId);
    if (found !== undefined) return found;
    if (page.items.some((line) => line.providerId > providerId)) return null;
    after = page.next ?? undefined;
  } while (after !== undefined);
  return null;
}

export const providerPath = (providerId: string) => ({ params: { path: { providerId } } });
export const classPath = (classId: string) => ({ params: { path: { classId } } });
