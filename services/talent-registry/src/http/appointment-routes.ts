import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Appointing } from '../application/appointing.ts';
import {
  AppointmentParamsSchema,
  AppointmentViewSchema,
  AppointSchema,
  EndSchema,
  RenewSchema,
} from './talent-schemas.ts';
import { appointmentView } from './talent-views.ts';

export interface AppointmentRoutesOptions {
  readonly appointments: Appointing;
}

const employer = authorize({ roles: ['employer'] });
// The enterprise appoints; the talent office may too, and only it may override a prerequisite.
const appointer = authorize({ roles: ['employer', 'talent-office'] });

/** 特级技师 / 首席技师 appointments (企业自主评聘, docs/domain.md §1). */
const appointmentRoutes: FastifyPluginAsyncZod<AppointmentRoutesOptions> = async (app, { appointments }) => {
  app.post(
    '/v1/appointments',
    { schema: { body: AppointSchema, response: { 201: AppointmentViewSchema } }, preHandler: appointer },
    async (request, reply) => {
      const made = await appointments.appoint(request.body, callerOf(request));
      return reply.code(201).send(appointmentView(made));
    },
  );

  app.post(
    '/v1/appointments/:appointmentId/renew',
    {
      schema: { params: AppointmentParamsSchema, body: RenewSchema, response: { 200: AppointmentViewSchema } },
      preHandler: employer,
    },
    async (request) =>
      appointmentView(await appointments.renew(request.params.appointmentId, request.body.termEnd, callerOf(request))),
  );

  app.post(
    '/v1/appointments/:appointmentId/end',
    {
      schema: { params: AppointmentParamsSchema, body: EndSchema, response: { 200: AppointmentViewSchema } },
      preHandler: employer,
    },
    async (request) => {
      const { endedOn, reason } = request.body;
      return appointmentView(await appointments.end(request.params.appointmentId, endedOn, reason, callerOf(request)));
    },
  );
};

export default appointmentRoutes;
