import type { SheetResult } from '@tianfu/sheets';
import { sheetRowsRejected } from '../domain/roster-errors.ts';

/** A sheet applies whole or not at all: one bad row refuses all of it, every problem named with its line. */
export function acceptedRows<T>(result: SheetResult<T>): readonly T[] {
  if (!result.ok) throw sheetRowsRejected(result.problems);
  return result.rows;
}
