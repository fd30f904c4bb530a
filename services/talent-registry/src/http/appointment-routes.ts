import { type BodyRegistry, type IssuerClaim, registeredIssuer } from '@tianfu/platform-bodies';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import type { PersonalDataPort } from '@tianfu/service-kit';
import { authorize, callerOf, forbidden, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { platformLevelsOf } from '../application/platform-levels.ts';
import type { TalentCommands } from '../application/talent-commands.ts';
import { employerBodyId } from '../domain/appointing-employer.ts';
import { withPlatformLevels } from '../domain/appointment-rules.ts';
import { talentError } from '../domain/talent-errors.ts';
import {
  AppointmentParamsSchema,
  AppointmentViewSchema,
  AppointSchema,
  EndSchema,
  RenewSchema,
} from './talent-schemas.ts';
import { appointmentView } from './talent-views.ts';

export interface AppointmentRoutesOptions {
  readonly talent: TalentCommands;
  readonly personalData: PersonalDataPort;
  readonly certificates: CertificateFacts;
  /** The evaluation bodies the authority registered, kept from the assessment topic (main.ts). */
  readonly bodies: BodyRegistry;
}

const employer = authorize({ roles: ['employer'] });
// The enterprise appoints; the talent office may too, and only it may override a prerequisite.
const appointer = authorize({ roles: ['employer', 'talent-office'] });

/** An employer token's own enterprise; null for the talent office, which names one. */
function tokenEnterprise(request: FastifyRequest): string | null {
  const principal = requirePrincipal(request);
  if (principal.role !== 'employer') return null;
  if (principal.bodyId === undefined) throw forbidden('this employer token names no enterprise');
  return principal.bodyId;
}

/** 特级技师 / 首席技师 appointments (企业自主评聘, docs/domain.md §1). */
const appointmentRoutes: FastifyPluginAsyncZod<AppointmentRoutesOptions> = async (
  app,
  { talent, personalData, certificates, bodies },
) => {
  const appointingOf = async (request: FastifyRequest, claim: IssuerClaim | undefined) => {
    const bodyId = employerBodyId(claim, tokenEnterprise(request));
    return registeredIssuer(bodyId, claim, await bodies.find(bodyId), 'employer');
  };

  app.post(
    '/v1/appointments',
    {
      schema: {
        operationId: 'appoint',
        summary: 'Appoint a 特级技师 or 首席技师',
        tags: ['appointments'],
        body: AppointSchema,
        response: { 201: AppointmentViewSchema },
      },
      preHandler: appointer,
    },
    async (request, reply) => {
      const { document, name, employer: claim, ...appointment } = request.body;
      const employer = await appointingOf(request, claim);
      const { workerId } = personalData.identify(document);
      const [[holderName], platform] = await Promise.all([
        personalData.sealNames([{ workerId, name }]),
        platformLevelsOf(certificates, workerId, appointment.occupationCode),
      ]);
      const evidence = withPlatformLevels(appointment.evidence, platform);
      const mayOverride = requirePrincipal(request).role !== 'employer';
      const made = await talent.appoint(
        { ...appointment, employer, evidence, mayOverride, workerId, holderName: holderName ?? null },
        callerOf(request),
      );
      return reply.code(201).send(appointmentView(made));
    },
  );

  /** An employer token changes only its own enterprise's appointments; another's is answered like none. */
  const change = async (request: FastifyRequest, appointmentId: string) => {
    const { employer } = await talent.appointment(appointmentId);
    const principal = requirePrincipal(request);
    if (principal.role !== 'admin' && principal.bodyId !== employer.bodyId) {
      throw talentError('APPOINTMENT_NOT_FOUND', `no appointment ${appointmentId}`);
    }
  };

  app.post(
    '/v1/appointments/:appointmentId/renew',
    {
      schema: {
        operationId: 'renewAppointment',
        summary: 'Renew an appointment',
        tags: ['appointments'],
        params: AppointmentParamsSchema,
        body: RenewSchema,
        response: { 200: AppointmentViewSchema },
      },
      preHandler: employer,
    },
    async (request) => {
      await change(request, request.params.appointmentId);
      return appointmentView(await talent.renew(request.params.appointmentId, request.body.termEnd, callerOf(request)));
    },
  );

  app.post(
    '/v1/appointments/:appointmentId/end',
    {
      schema: {
        operationId: 'endAppointment',
        summary: 'End an appointment',
        tags: ['appointments'],
        params: AppointmentParamsSchema,
        body: EndSchema,
        response: { 200: AppointmentViewSchema },
      },
      preHandler: employer,
    },
    async (request) => {
      await change(request, request.params.appointmentId);
      const { endedOn, reason } = request.body;
      return appointmentView(await talent.end(request.params.appointmentId, endedOn, reason, callerOf(request)));
    },
  );
};

export default appointmentRoutes;
