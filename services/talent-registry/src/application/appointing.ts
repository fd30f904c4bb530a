import type { IdDocument } from '@tianfu/contracts';
import { type BodyRegistry, type IssuerClaim, registeredIssuer } from '@tianfu/platform-bodies';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import { forbidden, type PersonalDataPort, type Principal, type RequestCaller } from '@tianfu/service-kit';
import { employerBodyId } from '../domain/appointing-employer.ts';
import type { Appoint, Appointment } from '../domain/appointment.ts';
import { withPlatformLevels } from '../domain/appointment-rules.ts';
import { appointmentNotFound } from '../domain/talent-errors.ts';
import { platformLevelsOf } from './platform-levels.ts';
import type { TalentCommands } from './talent-commands.ts';

export interface AppointingDeps {
  readonly talent: TalentCommands;
  readonly personalData: PersonalDataPort;
  readonly certificates: CertificateFacts;
  /** The evaluation bodies the authority registered, kept from the assessment topic (main.ts). */
  readonly bodies: BodyRegistry;
}

/** An appointment as requested: the worker by their document, the enterprise as claimed (if at all). */
export type AppointRequest = Omit<
  Appoint['data'],
  'employer' | 'mayOverride' | 'workerId' | 'holderName' | 'appointedAt'
> & {
  readonly document: IdDocument;
  readonly name: string;
  readonly employer?: IssuerClaim | undefined;
};

/** An employer token's own enterprise; null for the talent office, which names one. */
function tokenEnterprise(principal: Principal): string | null {
  if (principal.role !== 'employer') return null;
  if (principal.bodyId === undefined) throw forbidden('this employer token names no enterprise');
  return principal.bodyId;
}

/** 特级技师 / 首席技师 appointments (企业自主评聘, docs/domain.md §1) as an enterprise or the talent office makes them. */
export function appointing({ talent, personalData, certificates, bodies }: AppointingDeps) {
  /**
   * An employer token changes only its own enterprise's appointments; another's is answered like
   * none. The talent office, which may appoint in an enterprise's name, renews and ends any.
   */
  const checkOwn = async (appointmentId: string, { principal }: RequestCaller): Promise<void> => {
    const { employer } = await talent.appointment(appointmentId);
    if (principal.role !== 'employer') return;
    if (principal.bodyId !== employer.bodyId) throw appointmentNotFound(appointmentId);
  };

  return {
    /** In the enterprise as registered, with the levels the platform knows beside those declared; the names sealed. */
    async appoint(request: AppointRequest, caller: RequestCaller): Promise<Appointment> {
      const { document, name, employer: claim, ...appointment } = request;
      const bodyId = employerBodyId(claim, tokenEnterprise(caller.principal));
      const employer = registeredIssuer(bodyId, claim, await bodies.find(bodyId), 'employer');
      const { workerId } = personalData.identify(document);
      const [[holderName], platform] = await Promise.all([
        personalData.sealNames([{ workerId, name }]),
        platformLevelsOf(certificates, workerId, appointment.occupationCode),
      ]);
      const evidence = withPlatformLevels(appointment.evidence, platform);
      // Only the talent office may override an unmet prerequisite.
      const mayOverride = caller.principal.role !== 'employer';
      const made = { ...appointment, employer, evidence, mayOverride, workerId, holderName: holderName ?? null };
      return talent.appoint(made, caller);
    },
    async renew(appointmentId: string, termEnd: string | null, caller: RequestCaller): Promise<Appointment> {
      await checkOwn(appointmentId, caller);
      return talent.renew(appointmentId, termEnd, caller);
    },
    async end(appointmentId: string, endedOn: string, reason: string, caller: RequestCaller): Promise<Appointment> {
      await checkOwn(appointmentId, caller);
      return talent.end(appointmentId, endedOn, reason, caller);
    },
  };
}

export type Appointing = ReturnType<typeof appointing>;
