import { testCatalogue } from '@tianfu/testing';

/** The occupations the bench population is certified in: the test catalogue's, the retired one left out. */
export const benchOccupations = [...testCatalogue().occupations.values()]
  .filter((o) => o.retiredOn === null)
  .map(({ code, name }) => ({ code, name }));
