import type { DevTokens } from '../dev-tokens.ts';
import type { ServiceHttp } from '../http/service-http.ts';

/** Which sheet an import is: the 大典 rows, standard versions, or 专项职业能力. */
export type CatalogueSheet = 'occupations' | 'standards' | 'special-abilities';

export interface CatalogueImportReceipt {
  readonly rows: number;
  /** false when the catalogue held every row as given already. */
  readonly applied: boolean;
  readonly events: Readonly<Record<string, number>>;
  readonly revision: number;
}

/** The catalogue service as the authority (admin) uses it. */
export function catalogueClient(http: ServiceHttp, tokens: DevTokens) {
  return {
    importSheet: async (sheet: CatalogueSheet, csv: string, reason: string) =>
      http.send<CatalogueImportReceipt>({
        method: 'POST',
        path: `/v1/catalogue/imports/${sheet}.csv?reason=${encodeURIComponent(reason)}`,
        token: await tokens({ role: 'admin' }),
        csv,
      }),
  };
}

export type CatalogueClient = ReturnType<typeof catalogueClient>;
