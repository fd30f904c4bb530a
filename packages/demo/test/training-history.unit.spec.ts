import { FilePastClassSchema, PastTraineeSchema } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { trainingHistory } from '../src/training/training-history.ts';

const history = trainingHistory();
const { classes, apprenticeships } = history;
const trainees = classes.flatMap((c) => c.trainees);
const share = (n: number) => n / trainees.length;

describe('the demo’s training of 2023–2025, recorded late (docs/domain.md §7.1)', () => {
  it('is the same on every run', () => {
    expect(trainingHistory()).toEqual(history);
  });

  it('has a few hundred classes that ran in 2023–2025 and some 10,000 trainees, each as the routes take them', () => {
    expect(classes.length).toBeGreaterThanOrEqual(200);
    expect(classes.length).toBeLessThanOrEqual(400);
    expect(trainees.length).toBeGreaterThanOrEqual(9_000);
    expect(trainees.length).toBeLessThanOrEqual(11_000);
    expect(new Set(classes.map((c) => c.body.classId)).size).toBe(classes.length);
    for (const { body, trainees: roster } of classes) {
      expect(FilePastClassSchema.safeParse(body).error).toBeUndefined();
      expect(body.sittings.every((s) => s.date >= '2023-01-01' && s.date <= '2025-12-31')).toBe(true);
      expect(roster.length).toBeLessThanOrEqual(body.capacity);
      const firstDay = body.sittings[0]?.date ?? '';
      for (const t of roster) {
        expect(t.enrolledOn < firstDay).toBe(true);
        const { document, name } = t.person;
        const row = { document, name, targetGroups: t.groups, enrolledOn: t.enrolledOn, attended: t.attended };
        expect(PastTraineeSchema.safeParse(row).error).toBeUndefined();
      }
    }
  });

  it('includes 川菜师傅 and 新型学徒制 classes, a realistic share of 农民工 and some who attend too little to complete', () => {
    expect(classes.filter((c) => c.body.brand === 'sichuan-cuisine-chef').length).toBeGreaterThanOrEqual(10);
    expect(classes.filter((c) => c.body.kind === 'apprenticeship').length).toBeGreaterThanOrEqual(5);
    expect(share(trainees.filter((t) => t.groups.includes('rural-migrant')).length)).toBeGreaterThan(0.25);
    expect(share(trainees.filter((t) => t.groups.includes('rural-migrant')).length)).toBeLessThan(0.4);
    const sittingsOf = new Map(trainees.map((t) => [t, 0]));
    for (const c of classes) for (const t of c.trainees) sittingsOf.set(t, c.body.sittings.length);
    const below = trainees.filter((t) => t.attended.length < 0.8 * (sittingsOf.get(t) ?? 0)).length;
    expect(share(below)).toBeGreaterThan(0.03);
    expect(share(below)).toBeLessThan(0.2);
  });

  it('has apprenticeships that start in 2023–2024 and complete on their planned end a year on', () => {
    expect(apprenticeships.length).toBeGreaterThanOrEqual(20);
    for (const { body, completedOn } of apprenticeships) {
      expect(body.startsOn >= '2023-01-01' && completedOn <= '2025-12-31').toBe(true);
      expect(completedOn).toBe(body.plannedEndOn);
    }
  });
});
