import { z } from 'zod';

/** A class's id (培训班编号), the provider's own: the route and the event. */
export const ClassIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -, at most 64 characters');

const named = <const T extends readonly { code: string; zh: string }[]>(entries: T, what: string, section: string) =>
  z.enum(entries.map((e) => e.code) as [T[number]['code'], ...T[number]['code'][]], {
    error: `${what} is one of ${entries.map((e) => `${e.code} (${e.zh})`).join(', ')} (docs/domain.md ${section})`,
  });

/** The kinds of training the plan names (docs/domain.md §7.1). */
export const trainingKinds = [
  { code: 'employment', zh: '就业技能培训' },
  { code: 'upskilling', zh: '岗位技能提升培训' },
  { code: 'entrepreneurship', zh: '创业培训 (马兰花计划)' },
  { code: 'safety', zh: '安全技能培训' },
  { code: 'apprenticeship', zh: '企业新型学徒制' },
] as const;
export const TrainingKindSchema = named(trainingKinds, 'kind', '§7.1');
export type TrainingKind = z.output<typeof TrainingKindSchema>;

/** How a class is organised (docs/domain.md §7.1). */
export const deliveryModels = [
  { code: 'project', zh: '项目制' },
  { code: 'park', zh: '园区制' },
  { code: 'order', zh: '订单式' },
  { code: 'targeted', zh: '定向式' },
] as const;
export const DeliveryModelSchema = named(deliveryModels, 'deliveryModel', '§7.1');
export type DeliveryModel = z.output<typeof DeliveryModelSchema>;

/** The plan's 专栏5 brands a class may train for (docs/domain.md §5.4). */
export const trainingBrands = [
  { code: 'tianfu-new-farmer', zh: '天府新农人' },
  { code: 'tianfu-builder', zh: '天府建筑工' },
  { code: 'sichuan-cuisine-chef', zh: '川菜大师傅 (川菜师傅)' },
  { code: 'tianfu-technician', zh: '天府技工' },
  { code: 'tianfu-digital-craftsman', zh: '天府数智工匠' },
] as const;
export const TrainingBrandSchema = named(trainingBrands, 'brand', '§5.4');
export type TrainingBrand = z.output<typeof TrainingBrandSchema>;

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time of day HH:MM (China time)');
// Hours in halves: a sitting's hours are counted as the plan counts 课时, never below half an hour.
const hours = z.number().min(0, 'hours from 0').max(24, 'hours up to 24').multipleOf(0.5, 'hours in steps of 0.5');

/**
 * One dated sitting (课次) of a class, in China time, with its hours of theory and practice. That
 * it ends after it starts and fits its hours is the class's rule (docs/domain.md §7.1), judged
 * where it is filed so it can name the sitting.
 */
export const SittingSchema = z.strictObject({
  sittingId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'letters, digits, _ and -, at most 32'),
  date: z.iso.date('a date YYYY-MM-DD'),
  start: clockTime,
  end: clockTime,
  theoryHours: hours,
  practicalHours: hours,
});
export type Sitting = z.output<typeof SittingSchema>;

/** How many a class takes: 1 to 1,000 trainees. */
export const ClassCapacitySchema = z
  .number()
  .int('capacity is a whole number')
  .min(1, 'capacity at least 1')
  .max(1000, 'capacity at most 1,000');
