/**
 * A fresh id for one thing a form creates (an appointment, a base): the form keeps it until the
 * service accepts, so a form sent twice names the same one and it is made once. From
 * getRandomValues, which, unlike randomUUID, a page served over plain HTTP has too.
 */
export const newRequestId = (prefix: string): string =>
  `${prefix}-${Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
