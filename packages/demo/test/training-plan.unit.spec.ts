import { FileClassSchema, providerKinds, RegisterProviderSchema } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { demoClasses } from '../src/seed/plan-classes.ts';
import { demoProviders } from '../src/seed/plan-providers.ts';

const classes = demoClasses('2026-12-07');

describe('the demo’s training providers and classes (docs/domain.md §7.1)', () => {
  it('has a provider of every kind the plan names, in several 市(州), some graded and one suspended, each as the API takes it', () => {
    expect(new Set(demoProviders.map((p) => p.provider.kind))).toEqual(new Set(providerKinds.map((k) => k.code)));
    expect(new Set(demoProviders.map((p) => p.provider.regionCode)).size).toBeGreaterThanOrEqual(6);
    expect(demoProviders.filter((p) => p.grading !== null).length).toBeGreaterThanOrEqual(5);
    expect(demoProviders.filter((p) => p.suspension !== null)).toHaveLength(1);
    for (const { provider } of demoProviders) expect(RegisterProviderSchema.safeParse(provider).error).toBeUndefined();
  });

  it('files classes of listed providers for items they may train, 川菜师傅 and 新型学徒制 among them, after the seed day', () => {
    const providers = new Map(demoProviders.map((p) => [p.provider.providerId, p]));
    for (const { providerId, body } of classes) {
      const provider = providers.get(providerId);
      expect(provider?.suspension, providerId).toBeNull();
      expect(provider?.provider.items).toContainEqual(body.item);
      expect(FileClassSchema.safeParse(body).error).toBeUndefined();
      expect(body.sittings.every((s) => s.date > '2026-12-07')).toBe(true);
    }
    expect(classes.some((c) => c.body.brand === 'sichuan-cuisine-chef')).toBe(true);
    expect(classes.some((c) => c.body.kind === 'apprenticeship')).toBe(true);
    expect(new Set(classes.map((c) => c.body.classId)).size).toBe(classes.length);
  });
});
