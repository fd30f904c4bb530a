/** The ids that occur more than once, each named once. */
export const repeated = (ids: readonly string[]): string[] => [
  ...new Set(ids.filter((id, i) => ids.indexOf(id) !== i)),
];
