import type { CatalogueState } from '@tianfu/catalogue-view/state';
import { type OccupationCode, parentCodeOf } from '@tianfu/contracts';
import { deviationProblems } from '@tianfu/skill-rules';
import type { CatalogueEntry, EntryProblem } from './catalogue-entry.ts';

/** What the catalogue holds plus what earlier rows of the same import add. */
export interface Pending {
  readonly state: CatalogueState;
  readonly groups: Set<string>;
  readonly occupations: Set<string>;
  /** `<occupation code> <version>` */
  readonly standards: Set<string>;
  readonly abilities: Set<string>;
}

export const pendingOn = (state: CatalogueState): Pending => ({
  state,
  groups: new Set(),
  occupations: new Set(),
  standards: new Set(),
  abilities: new Set(),
});

const hasGroup = (p: Pending, code: string) => p.state.groups.has(code) || p.groups.has(code);
const hasOccupation = (p: Pending, code: string) => p.state.occupations.has(code) || p.occupations.has(code);
const hasStandard = (p: Pending, code: OccupationCode, version: string) =>
  p.state.occupations.get(code)?.standards.some((s) => s.version === version) === true ||
  p.standards.has(`${code} ${version}`);

function parentProblem(p: Pending, code: string): EntryProblem | null {
  const parent = parentCodeOf(code);
  if (parent === null || hasGroup(p, parent)) return null;
  return {
    field: 'code',
    rule: 'parent_missing',
    message: `the group ${parent} above ${code} is not in the catalogue`,
  };
}

const duplicate = (code: string): EntryProblem => ({
  field: 'code',
  rule: 'duplicate_code',
  message: `${code} is already in the catalogue`,
});

function occupationProblem(p: Pending, code: OccupationCode, field: string): EntryProblem | null {
  if (!hasOccupation(p, code))
    return { field, rule: 'occupation_missing', message: `occupation ${code} is not in the catalogue` };
  if (p.state.occupations.get(code)?.retiredOn != null)
    return { field, rule: 'occupation_retired', message: `occupation ${code} is retired` };
  return null;
}

/** A deviation must replace a rule its template has (docs/domain.md §2.3), or the standard's rules are not what it says. */
export function deviationProblem(standard: Parameters<typeof deviationProblems>[0]): EntryProblem | null {
  const [first] = deviationProblems(standard);
  if (first === undefined) return null;
  return { field: `deviations.${first.index}.ruleId`, rule: 'deviation_rule_unknown', message: first.message };
}

function standardProblem(p: Pending, entry: Extract<CatalogueEntry, { entity: 'standard' }>): EntryProblem | null {
  const missing = occupationProblem(p, entry.occupationCode, 'occupationCode');
  if (missing !== null) return missing;
  if (!hasStandard(p, entry.occupationCode, entry.version)) return deviationProblem(entry);
  const message = `occupation ${entry.occupationCode} already has a standard version ${entry.version}`;
  return { field: 'version', rule: 'duplicate_version', message };
}

/** Why `entry` cannot be added to `pending`, or null. */
export function additionProblem(p: Pending, entry: CatalogueEntry): EntryProblem | null {
  switch (entry.entity) {
    case 'group':
      return hasGroup(p, entry.code) ? duplicate(entry.code) : parentProblem(p, entry.code);
    case 'occupation':
      return hasOccupation(p, entry.code) ? duplicate(entry.code) : parentProblem(p, entry.code);
    case 'standard':
      return standardProblem(p, entry);
    case 'special-ability':
      if (p.state.specialAbilities.has(entry.code) || p.abilities.has(entry.code)) return duplicate(entry.code);
      return entry.occupationCode === null ? null : occupationProblem(p, entry.occupationCode, 'occupationCode');
  }
}

/** Counts `entry` as added, for the rows after it. */
export function addPending(p: Pending, entry: CatalogueEntry): void {
  if (entry.entity === 'group') p.groups.add(entry.code);
  else if (entry.entity === 'occupation') p.occupations.add(entry.code);
  else if (entry.entity === 'standard') p.standards.add(`${entry.occupationCode} ${entry.version}`);
  else p.abilities.add(entry.code);
}
