export type { CertificateNumberInput, NumberedLevel } from './certificate-number.ts';
export { certificateNumberFor, maxSerialFor, serialScope } from './certificate-number.ts';
export type { NumberingErrorCode } from './numbering-errors.ts';
export { numberingError } from './numbering-errors.ts';
