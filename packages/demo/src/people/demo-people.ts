import type { Random } from '@tianfu/testing';
import type { IdDocument } from '../api-types.ts';
import { personName, type Sex } from './chinese-names.ts';
import { birthDateOf, residentIdNumber } from './resident-ids.ts';
import { nameTraditions, sichuanCounties } from './sichuan-counties.ts';

export interface DemoPerson {
  readonly document: IdDocument;
  readonly name: string;
  readonly sex: Sex;
  /** YYYY-MM-DD, as in the ID number. */
  readonly birthDate: string;
}

export interface BirthYears {
  readonly from: number;
  readonly to: number;
}

const regions = Object.keys(sichuanCounties);

/**
 * Makes people who live and work in a 市(州): most registered there, a quarter elsewhere in
 * Sichuan, named in the tradition of where they were registered. No ID number comes twice.
 */
export function demoPeople() {
  const taken = new Set<string>();
  return (random: Random, regionCode: string, born: BirthYears): DemoPerson => {
    const home = random.chance(0.75) ? regionCode : random.pick(regions);
    const sex: Sex = random.chance(0.6) ? 'male' : 'female';
    const request = {
      addressCode: random.pick(sichuanCounties[home] ?? ['510104']),
      sex,
      bornFrom: born.from,
      bornTo: born.to,
    };
    let idNumber = residentIdNumber(random, request);
    while (taken.has(idNumber)) idNumber = residentIdNumber(random, request);
    taken.add(idNumber);
    const name = personName(random, sex, random.weighted(nameTraditions[home] ?? [['han', 1]]));
    return { document: { idType: 'resident-id-card', idNumber }, name, sex, birthDate: birthDateOf(idNumber) };
  };
}

export type DemoPeople = ReturnType<typeof demoPeople>;
