import { AppointSchema, EndSchema, RenewSchema } from '@tianfu/contracts';
import { authorize, callerOf } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Appointing } from '../application/appointing.ts';
import { AppointmentParamsSchema, AppointmentViewSchema } from './talent-schemas.ts';
import { appointmentView } from './talent-views.ts';

export interface AppointmentRoutesOptions {
  readonly appointments: Appointing;
}

// The enterprise appoints, renews and ends; the talent office may too, and only it may override a prerequisite.
const appointer = authorize({ roles: ['employer', 'talent-office'] });

/** 特级技师 / 首席技师 appointments (企业自主评聘, docs/domain.md §1). */
const appointmentRoutes: FastifyPluginAsyncZod<AppointmentRoutesOptions> = async (app, { appointments }) => {
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
      const made = await appointments.appoint(request.body, callerOf(request));
      return reply.code(201).send(appointmentView(made));
    },
  );

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
      preHandler: appointer,
    },
    async (request) =>
      appointmentView(await appointments.renew(request.params.appointmentId, request.body.termEnd, callerOf(request))),
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
      preHandler: appointer,
    },
    async (request) => {
      const { endedOn, reason } = request.body;
      return appointmentView(await appointments.end(request.params.appointmentId, endedOn, reason, callerOf(request)));
    },
  );
};

export default appointmentRoutes;
