import { idTypeRules } from './id-types.ts';

// The server trims and upper-cases before it checks a shape, so a client may send either case and spaces around.
const asTyped = (shape: string): string =>
  String.raw`^\s*(?:${shape.replaceAll('A-Z', 'A-Za-z').replaceAll(String.raw`[\dX]`, String.raw`[\dXx]`)})\s*$`;

const residentIdShape = String.raw`\d{17}[\dX]|\d{15}`;

/** The pattern an ID number of each type must match, as typed (what the HTTP edge accepts before its own checks). */
export const idNumberPatterns = Object.fromEntries(
  idTypeRules.map((rule) => [rule.idType, asTyped(rule.shape?.source.slice(1, -1) ?? residentIdShape)]),
);

/**
 * JSON Schema for an ID document's number by its type (if idType is …, then idNumber matches …), so
 * a client generated from the OpenAPI document checks the shapes the server checks.
 */
export const idNumberByType = {
  allOf: Object.entries(idNumberPatterns).map(([idType, pattern]) => ({
    if: { properties: { idType: { const: idType } }, required: ['idType'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords; the object is never awaited.
    then: { properties: { idNumber: { pattern } } },
  })),
};

export const idNumberDescription =
  '证件号码, checked by its idType. A 居民身份证号 has 18 characters (17 digits, then a digit or X) or 15 digits ' +
  '(first generation, converted to 18); positions 7–14 must be a real birth date, and the 18th character is the ' +
  'GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17, which the server verifies: a pattern cannot. ' +
  'Other documents: letters and digits of their own lengths. Spaces around and a lower-case x are accepted.';
