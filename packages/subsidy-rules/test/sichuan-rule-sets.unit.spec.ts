import { subsidyKinds } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { ruleSetFor, sichuanRuleSets } from '../src/index.ts';
import { ruleSets } from './fixtures.ts';

const days = ['2023-01-01', '2024-12-31', '2025-05-31', '2025-06-01', '2025-08-31', '2025-09-01', '2028-08-31'];
const label = (set: { ruleSetId: string; version: number } | null) =>
  set === null ? null : `${set.ruleSetId} v${set.version}`;

describe("Sichuan's subsidy rule sets (docs/domain.md §7.8)", () => {
  it('§7.8 has one version in force for every kind on every day from 2023, in every 市(州)', () => {
    for (const { code } of subsidyKinds) {
      for (const day of days) expect(label(ruleSetFor(sichuanRuleSets, '513401', code, day))).not.toBeNull();
    }
  });

  it('§7.8 the 2023 notice holds until the 2025 national change; the 2020 办法 until the 2025 办法, which ends after 3 years', () => {
    expect(label(ruleSetFor(sichuanRuleSets, '510703', 'skill-upgrade', '2025-05-31'))).toBe('sc-skill-upgrade v1');
    expect(label(ruleSetFor(sichuanRuleSets, '510703', 'skill-upgrade', '2025-06-01'))).toBe('sc-skill-upgrade v2');
    expect(label(ruleSetFor(sichuanRuleSets, '510703', 'training', '2025-08-31'))).toBe('sc-training v1');
    expect(label(ruleSetFor(sichuanRuleSets, '510703', 'training', '2028-08-31'))).toBe('sc-training v2');
    expect(ruleSetFor(sichuanRuleSets, '510703', 'training', '2028-09-01')).toBeNull();
  });

  it('§7.8 a 市(州) rule set wins over the province’s in its 市(州) only, from its own day', () => {
    expect(label(ruleSetFor(ruleSets, '510104', 'skill-upgrade', '2025-06-01'))).toBe('test-chengdu-skill-upgrade v1');
    expect(label(ruleSetFor(ruleSets, '510104', 'skill-upgrade', '2025-05-31'))).toBe('sc-skill-upgrade v1');
    expect(label(ruleSetFor(ruleSets, '510703', 'skill-upgrade', '2025-06-01'))).toBe('sc-skill-upgrade v2');
    expect(label(ruleSetFor(ruleSets, '510000', 'skill-upgrade', '2025-06-01'))).toBe('sc-skill-upgrade v2');
    expect(ruleSetFor(ruleSets, '440305', 'skill-upgrade', '2025-06-01')).toBeNull();
  });

  it('§7.8 every figure the sources do not confirm is marked ⚠, and every clause names its document', () => {
    const parameters = sichuanRuleSets.flatMap((s) => Object.values(s.parameters).filter((p) => p !== null));
    for (const p of parameters) expect(p.clause.document.length).toBeGreaterThan(0);
    const unconfirmed = sichuanRuleSets.flatMap((s) =>
      Object.entries(s.parameters).flatMap(([name, p]) =>
        p !== null && !p.confirmed ? [`${s.ruleSetId} v${s.version} ${name}`] : [],
      ),
    );
    expect(unconfirmed).toContain('sc-skill-upgrade v2 yearlyCapPerKind');
    expect(unconfirmed).toContain('sc-skill-upgrade v2 shortageExtraClaims');
    expect(unconfirmed).toContain('sc-apprenticeship v1 apprenticeAmountPerYear');
    expect(unconfirmed).toContain('sc-living v1 yearlyCapPerKind');
    expect(unconfirmed).not.toContain('sc-skill-upgrade v1 amountsByLevel');
  });
});
