import type { ResponseBody } from '@tianfu/api-client';
import { ProviderGradeSchema, ProviderKindSchema, ProviderStatusSchema } from '@tianfu/contracts/forms';
import { api, ok } from '../../api/clients.ts';
import { queryValue } from '../../api/query-types.ts';

export type DirectoryLine = ResponseBody<'training', '/v1/directory/providers', 'get'>['items'][number];
export type RegisterLine = ResponseBody<'training', '/v1/providers', 'get'>['items'][number];
export type ProviderRecord = ResponseBody<'training', '/v1/providers/{providerId}', 'get'>;
export type ClassRecord = ResponseBody<'training', '/v1/classes/{classId}', 'get'>;
export type Enrolment = ResponseBody<'training', '/v1/classes/{classId}/enrolments', 'get'>;
export type Enrollee = Enrolment['items'][number];
export type CompletionReceipt = ResponseBody<'training', '/v1/classes/{classId}/completion', 'post'>;

/** The directory's filters, and the register's status; '' leaves one unset. */
export interface DirectoryFilter {
  readonly regionCode: string;
  readonly occupation: string;
  readonly kind: string;
  readonly grade: string;
  readonly status: string;
}

export const noDirectoryFilter: DirectoryFilter = { regionCode: '', occupation: '', kind: '', grade: '', status: '' };

/** A page of providers and the `after` of the next one, as the directory and the register answer. */
export interface ProviderPage<Line> {
  readonly items: readonly Line[];
  readonly next: string | null;
}

const directoryQuery = (filter: DirectoryFilter, after: string | undefined, limit: number) => ({
  regionCode: filter.regionCode || undefined,
  occupation: filter.occupation || undefined,
  kind: queryValue(ProviderKindSchema, filter.kind),
  grade: queryValue(ProviderGradeSchema, filter.grade),
  limit,
  ...(after === undefined ? {} : { after }),
});

/** A page of listed providers (docs/domain.md §7.1, 目录清单), `after` the last one of the page before. */
export const directoryPage = (
  filter: DirectoryFilter,
  after?: string,
  limit = 50,
): Promise<ProviderPage<DirectoryLine>> =>
  ok(api.training.GET('/v1/directory/providers', { params: { query: directoryQuery(filter, after, limit) } }));

/** A page of the office's register: providers of every status, or of the one chosen, with reason and date. */
export const registerPage = (
  filter: DirectoryFilter,
  after?: string,
  limit = 50,
): Promise<ProviderPage<RegisterLine>> =>
  ok(
    api.training.GET('/v1/providers', {
      params: {
        query: { ...directoryQuery(filter, after, limit), status: queryValue(ProviderStatusSchema, filter.status) },
      },
    }),
  );

/**
 * A listed provider's directory line. The directory has no route by id, so it is found by reading
 * the directory in its own order (a few pages for the province's providers); null when not listed.
 */
export async function directoryLine(providerId: string): Promise<DirectoryLine | null> {
  let after: string | undefined;
  do {
    const page = await directoryPage(noDirectoryFilter, after, 200);
    const found = page.items.find((line) => line.providerId === providerId);
    if (found !== undefined) return found;
    if (page.items.some((line) => line.providerId > providerId)) return null;
    after = page.next ?? undefined;
  } while (after !== undefined);
  return null;
}

export const providerPath = (providerId: string) => ({ params: { path: { providerId } } });
export const classPath = (classId: string) => ({ params: { path: { classId } } });
