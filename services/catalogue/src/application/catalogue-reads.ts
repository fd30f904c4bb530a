import { occupationOf } from '../domain/catalogue-changes.ts';
import type { CatalogueCommands } from './catalogue-commands.ts';

/** One occupation of the catalogue as it stands, with the revision it was read at; an unknown code is 404. */
export async function currentOccupation(catalogue: CatalogueCommands, code: string) {
  const held = await catalogue.current();
  return { ...held, occupation: occupationOf(held.state, code) };
}
