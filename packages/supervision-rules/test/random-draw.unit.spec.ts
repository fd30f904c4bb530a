import { describe, expect, it } from 'vitest';
import { drawInspection, revealsCommitment, seedCommitment } from '../src/index.ts';

// 双随机 (docs/domain.md §7.12): a committed seed, revealed after, gives the same list to anyone.
const units = Array.from({ length: 60 }, (_, i) => `provider-${i}`);
const inspectors = Array.from({ length: 30 }, (_, i) => ({
  inspectorId: `inspector-${i}`,
  conflicts: [`provider-${i}`],
}));
const pools = { units, inspectors, unitCount: 6, inspectorCount: 4 };
const seed = '3f1c9a0e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a';

describe('a 双随机 draw', () => {
  it('given the revealed seed, when the draw is run again, then the same units and inspectors, whatever the pools’ order', () => {
    const first = drawInspection(seed, pools);
    expect(first.units).toHaveLength(6);
    expect(first.inspectors).toHaveLength(4);
    const shuffled = { ...pools, units: [...units].reverse(), inspectors: [...inspectors].reverse() };
    expect(drawInspection(seed, shuffled)).toEqual(first);
  });

  it('given a changed seed, then another list', () => {
    const first = drawInspection(seed, pools);
    const other = drawInspection(`${seed.slice(0, -1)}b`, pools);
    expect(other.units).not.toEqual(first.units);
  });

  it('passes over an inspector whose own unit was drawn, and names them', () => {
    const drawn = drawInspection(seed, { ...pools, unitCount: 30 });
    for (const inspector of drawn.inspectors) {
      const own = inspectors.find((i) => i.inspectorId === inspector)?.conflicts ?? [];
      expect(own.some((unit) => drawn.units.includes(unit))).toBe(false);
    }
    for (const passed of drawn.excluded) {
      const own = inspectors.find((i) => i.inspectorId === passed)?.conflicts ?? [];
      expect(own.some((unit) => drawn.units.includes(unit))).toBe(true);
    }
    expect(drawn.excluded.length).toBeGreaterThan(0);
  });

  it('publishes the seed’s SHA-256 before the draw; the revealed seed matches it and another does not', () => {
    const commitment = seedCommitment(seed);
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(revealsCommitment(seed, commitment)).toBe(true);
    expect(revealsCommitment(`${seed}0`, commitment)).toBe(false);
  });
});
