import type { CatalogueState } from '@tianfu/catalogue-view/state';
import { byDependency, type CatalogueEntry, type EntryProblem } from './catalogue-entry.ts';
import { catalogueError } from './catalogue-errors.ts';
import { additionProblem, addPending, pendingOn } from './check-addition.ts';
import { addedEvent, type CatalogueNewEvent, heldUnchanged } from './entry-events.ts';

/** One row of an import: the file's line and what it adds. */
export interface ImportRow {
  readonly row: number;
  readonly entry: CatalogueEntry;
}

export interface RowProblem extends EntryProblem {
  readonly row: number;
}

const key = (entry: CatalogueEntry): string =>
  entry.entity === 'standard' ? `standard ${entry.occupationCode} ${entry.version}` : `${entry.entity} ${entry.code}`;

function duplicateInFile(row: number, earlier: number, entry: CatalogueEntry): RowProblem {
  const field = entry.entity === 'standard' ? 'version' : 'code';
  const rule = entry.entity === 'standard' ? 'duplicate_version' : 'duplicate_code';
  return { row, field, rule, message: `the same ${entry.entity} as row ${earlier}` };
}

/**
 * The events of an import, all or nothing: every row is checked against the catalogue and the
 * rows before it (parents first, whatever the file's order), and any problem refuses the whole
 * import naming each bad row. A row the catalogue already holds exactly as given adds nothing.
 */
export function importEntries(state: CatalogueState, rows: readonly ImportRow[], reason: string): CatalogueNewEvent[] {
  const pending = pendingOn(state);
  const firstRow = new Map<string, number>();
  const problems: RowProblem[] = [];
  const events: CatalogueNewEvent[] = [];
  for (const { row, entry } of byDependency(rows)) {
    const earlier = firstRow.get(key(entry));
    if (earlier !== undefined) {
      problems.push(duplicateInFile(row, earlier, entry));
      continue;
    }
    firstRow.set(key(entry), row);
    if (heldUnchanged(state, entry)) continue;
    const problem = additionProblem(pending, entry);
    if (problem !== null) problems.push({ row, ...problem });
    else events.push(addedEvent(entry, reason));
    addPending(pending, entry);
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    throw catalogueError('CATALOGUE_ROWS_REJECTED', `${problems.length} row(s) break a rule; nothing was imported`, {
      problems,
    });
  }
  return events;
}
