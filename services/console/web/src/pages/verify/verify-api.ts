import { apiProblem, type ResponseBody } from '@tianfu/api-client';

export type VerificationAnswer = ResponseBody<'certification', '/v1/verify', 'post'>;
export type VerificationCheck = VerificationAnswer['checks'][number];

/** A refusal of too many lookups, with the wait certification's Retry-After names. */
export interface RateLimited {
  readonly kind: 'rate-limited';
  readonly retryAfterSeconds: number;
}

export type VerifyOutcome = { readonly kind: 'answer'; readonly answer: VerificationAnswer } | RateLimited;

/**
 * Certification through the console's origin. Fetched directly, not by the typed client, because a
 * 429's wait is in its Retry-After header, which a refusal from the client does not keep.
 */
async function outcomeOf(url: string, response: Response): Promise<VerifyOutcome> {
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiProblem(url, response.status, body);
  return { kind: 'answer', answer: body as VerificationAnswer };
}

export async function verifyByNumber(certificateNo: string, name: string): Promise<VerifyOutcome> {
  const url = '/api/certification/v1/verify';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ certificateNo, name }),
  });
  return outcomeOf(url, response);
}

/** What a certificate's QR link answers: the console forwards `/v/<reference>` as JSON to certification. */
export async function verifyByReference(reference: string): Promise<VerifyOutcome> {
  const url = `/v/${encodeURIComponent(reference)}`;
  return outcomeOf(url, await fetch(url, { headers: { accept: 'application/json' } }));
}
