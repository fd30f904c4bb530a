import { FileClassSchema } from '@tianfu/contracts/forms';
import { describe, expect, it } from 'vitest';
import { type ClassDraft, classFieldErrors, classRequest, emptySitting } from './class-request.ts';

const draft: ClassDraft = {
  classId: ' chef-07 ',
  name: '川菜师傅 第7期',
  item: '4-03-02-01',
  targetLevel: 'level4',
  kind: 'employment',
  deliveryModel: 'project',
  brand: 'sichuan-cuisine-chef',
  capacity: '40',
  subsidised: true,
  sittings: [
    { ...emptySitting, date: '2031-03-03' },
    { date: '2031-03-04', start: '19:00', end: '21:00', theoryHours: '2', practicalHours: '0' },
  ],
};

describe('the class form as a filing request (classRequest)', () => {
  it('given a filled form, then the request is one the API schema accepts, sittings numbered in order', () => {
    const request = classRequest(draft);
    expect(FileClassSchema.safeParse(request).success).toBe(true);
    expect(request.classId).toBe('chef-07');
    expect(request.sittings.map((s) => s.sittingId)).toEqual(['s1', 's2']);
    expect(request.sittings[1]).toMatchObject({ theoryHours: 2, practicalHours: 0 });
  });

  it('given no level and no brand chosen, then both are null, as the API takes them', () => {
    expect(classRequest({ ...draft, targetLevel: '', brand: '' })).toMatchObject({ targetLevel: null, brand: null });
  });

  it('given an empty capacity, then the schema names capacity rather than taking 0', () => {
    const checked = FileClassSchema.safeParse(classRequest({ ...draft, capacity: '' }));
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((i) => i.path.join('.'))).toContain('capacity');
  });

  it("given a refusal naming the item's code, then the form shows it at the item field", () => {
    expect(classFieldErrors({ 'item.code': 'not a provider item' }).item).toBe('not a provider item');
  });
});
