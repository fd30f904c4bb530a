export { parseOccupationSheet } from './occupation-sheet.ts';
export { parseSpecialAbilitySheet } from './special-ability-sheet.ts';
export { parseStandardSheet } from './standard-sheet.ts';
