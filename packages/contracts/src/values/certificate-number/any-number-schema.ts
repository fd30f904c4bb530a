import { z } from 'zod';
import { classifyCertificateNumber } from './classify.ts';

const asPrinted = 'certificate number is written as printed, in capital letters (docs/domain.md §3.2)';

/**
 * Any certificate number the platform knows (docs/domain.md §3.2: 职业技能等级证书, 特级技师, 职业资格证书),
 * for a number that must already exist: a lookup by a number no certificate can have is a client
 * error, not "not found". Unlike CertificateNoSchema it does not upper-case: a stored number is
 * matched exactly, so a lower-case one is refused rather than silently changed.
 */
export const AnyCertificateNumberSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,40}$/, 'a certificate number is letters and digits only (docs/domain.md §3.2)')
  .superRefine((value, context) => {
    if (value !== value.toUpperCase()) {
      context.addIssue({ code: 'custom', message: `CERT_NO_CASE: ${asPrinted}`, params: { rule: 'CERT_NO_CASE' } });
      return;
    }
    const checked = classifyCertificateNumber(value);
    if (!checked.ok) {
      context.addIssue({
        code: 'custom',
        message: `${checked.code}: ${checked.reason}`,
        params: { rule: checked.code },
      });
    }
  });
