import { honourCatalogue } from '@tianfu/contracts';
import type { CertificateFacts } from '@tianfu/platform-certificates';
import { authorize, forbidden, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PersonalDataPort } from '../application/personal-data-port.ts';
import { platformLevelsOf } from '../application/platform-levels.ts';
import type { Caller, TalentCommands } from '../application/talent-commands.ts';
import { withPlatformLevels } from '../domain/appointment-rules.ts';
import { honourGrantId } from '../domain/honour-grant.ts';
import {
  AppointmentParamsSchema,
  AppointmentViewSchema,
  AppointSchema,
  EndSchema,
  GrantHonourSchema,
  GrantParamsSchema,
  GrantViewSchema,
  ReasonSchema,
  RegisterBaseSchema,
  RenewSchema,
} from './talent-schemas.ts';
import { appointmentView, grantView } from './talent-views.ts';

export interface TalentRoutesOptions {
  readonly talent: TalentCommands;
  readonly personalData: PersonalDataPort;
  readonly certificates: CertificateFacts;
}

const talentOffice = authorize({ roles: ['talent-office'] });
const employer = authorize({ roles: ['employer'] });

const callerOf = (request: FastifyRequest): Caller => ({
  actor: { kind: 'user', id: requirePrincipal(request).sub },
  correlationId: request.correlationId,
});

/** An employer token appoints only in its own enterprise (issue #5 "Tokens"). */
function ownEnterprise(request: FastifyRequest, bodyId: string): void {
  if (requirePrincipal(request).bodyId !== bodyId) {
    throw forbidden(
      `this employer token acts for ${requirePrincipal(request).bodyId ?? 'no enterprise'}, not ${bodyId}`,
    );
  }
}

const talentRoutes: FastifyPluginAsyncZod<TalentRoutesOptions> = async (
  app,
  { talent, personalData, certificates },
) => {
  app.get('/v1/honours/catalogue', async () => ({ items: honourCatalogue }));

  app.post(
    '/v1/honours/grants',
    { schema: { body: GrantHonourSchema, response: { 201: GrantViewSchema } }, preHandler: talentOffice },
    async (request, reply) => {
      const { document, name, ...grant } = request.body;
      const { workerId, maskedIdNumber } = personalData.identify(document);
      const [holderName] = await personalData.sealNames([{ workerId, name }]);
      const grantId = honourGrantId(grant.honour, grant.round, workerId);
      const granted = await talent.grant(
        { ...grant, grantId, workerId, holderName: holderName ?? null, source: { kind: 'decision' } },
        callerOf(request),
      );
      return reply.code(201).send(grantView(granted, maskedIdNumber));
    },
  );

  app.post(
    '/v1/honours/grants/:grantId/revoke',
    {
      schema: { params: GrantParamsSchema, body: ReasonSchema, response: { 200: GrantViewSchema } },
      preHandler: talentOffice,
    },
    async (request) =>
      grantView(await talent.revokeGrant(request.params.grantId, request.body.reason, callerOf(request)), null),
  );

  app.post(
    '/v1/appointments',
    { schema: { body: AppointSchema, response: { 201: AppointmentViewSchema } }, preHandler: employer },
    async (request, reply) => {
      const { document, name, ...appointment } = request.body;
      ownEnterprise(request, appointment.employer.bodyId);
      const { workerId } = personalData.identify(document);
      const [[holderName], platform] = await Promise.all([
        personalData.sealNames([{ workerId, name }]),
        platformLevelsOf(certificates, workerId, appointment.occupationCode),
      ]);
      const evidence = withPlatformLevels(appointment.evidence, platform);
      const made = await talent.appoint(
        { ...appointment, evidence, workerId, holderName: holderName ?? null },
        callerOf(request),
      );
      return reply.code(201).send(appointmentView(made));
    },
  );

  const change = async (request: FastifyRequest, appointmentId: string) =>
    ownEnterprise(request, (await talent.appointment(appointmentId)).employer.bodyId);

  app.post(
    '/v1/appointments/:appointmentId/renew',
    {
      schema: { params: AppointmentParamsSchema, body: RenewSchema, response: { 200: AppointmentViewSchema } },
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
      schema: { params: AppointmentParamsSchema, body: EndSchema, response: { 200: AppointmentViewSchema } },
      preHandler: employer,
    },
    async (request) => {
      await change(request, request.params.appointmentId);
      const { endedOn, reason } = request.body;
      return appointmentView(await talent.end(request.params.appointmentId, endedOn, reason, callerOf(request)));
    },
  );

  app.post(
    '/v1/bases',
    {
      schema: { body: RegisterBaseSchema, response: { 201: z.object({ baseId: z.string() }) } },
      preHandler: talentOffice,
    },
    async (request, reply) => {
      const { master, members, ...base } = request.body;
      const masterWorkerId = master === null ? null : personalData.identify(master.document).workerId;
      const memberWorkerIds = members.map((m) => personalData.identify(m.document).workerId);
      const registered = await talent.registerBase({ ...base, masterWorkerId, memberWorkerIds }, callerOf(request));
      return reply.code(201).send({ baseId: registered.baseId });
    },
  );
};

export default talentRoutes;
