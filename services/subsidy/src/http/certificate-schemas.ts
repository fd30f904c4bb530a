import { AnyCertificateNumberSchema, WorkerIdSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const CertificateParamsSchema = z.object({ certificateNo: AnyCertificateNumberSchema });
export const WorkerParamsSchema = z.object({ workerId: WorkerIdSchema });

/** A certificate as a claim is judged on it, from what certification published. */
export const CertificateRecordSchema = z.object({
  certificateNo: z.string(),
  certificateId: z.string(),
  workerId: z.string(),
  occupationCode: z.string(),
  occupationName: z.string().nullable().meta({ description: "the catalogue's name; null while it holds none" }),
  level: z.string(),
  issuedOn: z.string().meta({ description: '核发 date, YYYY-MM-DD' }),
  path: z.enum(['exam', 'competition', 'direct-recognition', 'appointment', 'legacy']),
  status: z.enum(['valid', 'suspended', 'revoked']),
  statusSince: z
    .string()
    .meta({ description: 'the issue day while the status never changed, else the instant of its last change' }),
  reissues: z
    .array(z.object({ printSerial: z.string(), at: z.string() }))
    .meta({ description: 'each reprint under the same number (补发), oldest first' }),
});

export const WorkerCertificatesSchema = z.object({
  workerId: z.string(),
  items: z.array(CertificateRecordSchema).meta({ description: 'every certificate of the worker, by issue date' }),
});
