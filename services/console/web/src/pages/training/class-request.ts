import { itemOf } from './training-items.ts';

/** A sitting as its fields hold it: text, as typed. */
export interface SittingDraft {
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly theoryHours: string;
  readonly practicalHours: string;
}

/** The class form's values, as typed; '' is no level and no brand. */
export interface ClassDraft {
  readonly classId: string;
  readonly name: string;
  readonly item: string;
  readonly targetLevel: string;
  readonly kind: string;
  readonly deliveryModel: string;
  readonly brand: string;
  readonly capacity: string;
  readonly subsidised: boolean;
  readonly sittings: readonly SittingDraft[];
}

export const emptySitting: SittingDraft = {
  date: '',
  start: '09:00',
  end: '17:00',
  theoryHours: '3',
  practicalHours: '4',
};

// A number field left empty is sent as text, for the schema to name it, rather than as a silent 0.
const numberOf = (text: string): number | string => (text.trim() === '' ? text : Number(text));

/** The request the form files, for the API's own schema to check; sittings are numbered s1, s2… in order. */
export const classRequest = (draft: ClassDraft) => ({
  classId: draft.classId.trim(),
  name: draft.name,
  item: itemOf(draft.item.trim()),
  targetLevel: draft.targetLevel === '' ? null : draft.targetLevel,
  kind: draft.kind,
  deliveryModel: draft.deliveryModel,
  brand: draft.brand === '' ? null : draft.brand,
  capacity: numberOf(draft.capacity),
  subsidised: draft.subsidised,
  sittings: draft.sittings.map((s, i) => ({
    sittingId: `s${i + 1}`,
    date: s.date,
    start: s.start,
    end: s.end,
    theoryHours: numberOf(s.theoryHours),
    practicalHours: numberOf(s.practicalHours),
  })),
});

/** A refusal's field as the form shows it: an item's code at the item field. */
export const classFieldErrors = (errors: Record<string, string>): Record<string, string> => ({
  ...errors,
  item: errors.item ?? errors['item.code'] ?? errors['item.kind'] ?? '',
});
