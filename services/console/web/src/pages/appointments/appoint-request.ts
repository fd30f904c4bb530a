import type { AppointSchema } from '@tianfu/contracts/forms';
import type { z } from 'zod';

/** What the appointment form holds, as typed. */
export interface AppointForm {
  readonly idNumber: string;
  readonly name: string;
  readonly post: 'principal-technician' | 'chief-technician';
  readonly bodyId: string;
  readonly occupationCode: string;
  readonly workType: string;
  readonly termStart: string;
  readonly termEnd: string;
  /** The prerequisite of the post is declared held outside the platform. */
  readonly declared: boolean;
  readonly overrideReason: string;
}

/** The prerequisite of the post declared by the enterprise (docs/domain.md §1): 高级技师 for 特级技师, 特级技师 for 首席技师. */
const declaredEvidence = ({ post, occupationCode }: AppointForm) =>
  post === 'principal-technician'
    ? { heldLevels: [{ occupationCode, level: 'level1' as const }], heldPosts: [] }
    : { heldLevels: [], heldPosts: [{ occupationCode, post: 'principal-technician' as const }] };

/**
 * The request the form sends, to be checked with the API's own AppointSchema: an employer's
 * enterprise comes from its token, so only the talent office names one.
 */
export function appointRequest(
  form: AppointForm,
  appointmentId: string,
  ownBodyId: string | undefined,
): z.input<typeof AppointSchema> {
  const workType = form.workType.trim();
  return {
    appointmentId,
    document: { idType: 'resident-id-card', idNumber: form.idNumber },
    name: form.name,
    post: form.post,
    ...(ownBodyId === undefined && form.bodyId !== '' ? { employer: { bodyId: form.bodyId } } : {}),
    occupationCode: form.occupationCode.trim(),
    ...(workType === '' ? {} : { workType }),
    termStart: form.termStart,
    termEnd: form.termEnd === '' ? null : form.termEnd,
    ...(form.declared ? { evidence: declaredEvidence(form) } : {}),
    overrideReason: form.overrideReason.trim() === '' ? null : form.overrideReason,
  };
}
