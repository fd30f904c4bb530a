import type { SheetResult } from '@tianfu/sheets';
import { catalogueError } from '../domain/catalogue-errors.ts';
import type { ImportRow } from '../domain/import-entries.ts';
import type { Caller, CatalogueCommands, CatalogueResult } from './catalogue-commands.ts';

/** An import sheet applies whole or not at all: one bad row refuses all of it, every problem named. */
export async function importSheet(
  catalogue: CatalogueCommands,
  sheet: SheetResult<ImportRow>,
  reason: string,
  caller: Caller,
): Promise<CatalogueResult & { readonly rows: number }> {
  if (!sheet.ok)
    throw catalogueError('CATALOGUE_ROWS_REJECTED', `${sheet.problems.length} problem(s); nothing was imported`, {
      problems: sheet.problems,
    });
  const result = await catalogue.run({ type: 'Import', data: { rows: sheet.rows, reason } }, caller);
  return { ...result, rows: sheet.rows.length };
}
