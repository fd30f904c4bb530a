/** Full-width forms and stray spaces ("张 三", "张　三") must not make a right name fail. */
export const normaliseHolderName = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

/** Only the first character, and one `*` whatever the length, so the mask does not give the length away. */
export function maskHolderName(name: string): string {
  const [first, ...rest] = Array.from(normaliseHolderName(name));
  return first === undefined || rest.length === 0 ? '*' : `${first}*`;
}
