import { okOrNull } from '@tianfu/api-client';
import type { Platform } from './platform.ts';

/** The certificate office's view of a certificate, or null while certification has not issued it. */
export const certificateOf = (platform: Platform, certificateNo: string) =>
  okOrNull(
    platform.office.certification.GET('/v1/certificates/{certificateNo}', { params: { path: { certificateNo } } }),
  );
