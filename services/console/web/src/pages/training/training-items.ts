/** An item a provider may train or a class teaches, as the API takes it (docs/domain.md §7.1). */
export interface ItemRequest {
  readonly kind: 'occupation' | 'special-ability';
  readonly code: string;
}

// An occupation code of the 大典 starts with its major group's digit and a dash (4-03-02-01);
// anything else typed is taken as a 专项职业能力 code, which the API's schema then judges.
const occupationLike = /^\d-/;

/** One item from its code as typed. */
export const itemOf = (code: string): ItemRequest => ({
  kind: occupationLike.test(code) ? 'occupation' : 'special-ability',
  code,
});

/** The items typed in one field, separated by commas (Chinese or not), 、 or spaces. */
export const itemsOf = (text: string): ItemRequest[] =>
  text
    .split(/[\s,，、;；]+/)
    .filter((code) => code !== '')
    .map(itemOf);
