import type { PersonalDataPort } from '@tianfu/service-kit';
import { authorize, callerOf, forbidden } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isAuthority } from '../application/authority.ts';
import type { Registry } from '../application/registry-commands.ts';
import type { SessionAccess } from '../application/session-access.ts';
import { supervisorSeenBy } from '../application/supervisor-access.ts';
import type { Examiner } from '../domain/examiner.ts';
import type { Supervisor } from '../domain/quality-supervisor.ts';
import {
  ExaminerParamsSchema,
  ExaminerViewSchema,
  RegisterExaminerSchema,
  RegisterSupervisorSchema,
  SupervisorParamsSchema,
  SupervisorViewSchema,
} from './assessor-schemas.ts';

export interface AssessorRoutesOptions {
  readonly examiners: Registry<Examiner>;
  readonly supervisors: Registry<Supervisor>;
  readonly access: SessionAccess;
  readonly personalData: PersonalDataPort;
  readonly clock: () => Date;
}

// 考评员 are certified by the 鉴定指导中心 (the authority), whose register it is: a body learns whether
// an examiner fits when it schedules. 内督 are appointed by their own body (docs/domain.md §2.1).
const authorityOnly = authorize({ roles: ['admin'] });
const bodyOrAuthority = authorize({ roles: ['assessment-body'] });

const assessorRoutes: FastifyPluginAsyncZod<AssessorRoutesOptions> = async (app, options) => {
  const { examiners, supervisors, access, personalData, clock } = options;

  app.post(
    '/v1/examiners',
    { schema: { body: RegisterExaminerSchema, response: { 201: ExaminerViewSchema } }, preHandler: authorityOnly },
    async (request, reply) => {
      const { document, name, ...rest } = request.body;
      const { workerId, maskedIdNumber } = await personalData.seal({ ...document, name });
      const data = { ...rest, workerId, registeredAt: clock().toISOString() };
      const examiner = await examiners.register(rest.examinerId, data, callerOf(request, { ifMatch: true }));
      return reply.code(201).send({ ...examiner, maskedIdNumber });
    },
  );

  app.get(
    '/v1/examiners/:examinerId',
    { schema: { params: ExaminerParamsSchema, response: { 200: ExaminerViewSchema } }, preHandler: authorityOnly },
    (request) => examiners.load(request.params.examinerId),
  );

  app.post(
    '/v1/supervisors',
    {
      schema: { body: RegisterSupervisorSchema, response: { 201: SupervisorViewSchema } },
      preHandler: bodyOrAuthority,
    },
    async (request, reply) => {
      const caller = callerOf(request, { ifMatch: true });
      const { document, name, ...rest } = request.body;
      // An external supervisor (外督) is the authority's to appoint; an internal one its body's.
      if (rest.kind === 'internal') await access.checkBody(rest.bodyId, caller, 'write');
      else if (!isAuthority(caller.principal))
        throw forbidden('an external supervisor (外督) is appointed by the authority');
      const { workerId, maskedIdNumber } = await personalData.seal({ ...document, name });
      const data = { ...rest, workerId, registeredAt: clock().toISOString() };
      const supervisor = await supervisors.register(rest.supervisorId, data, caller);
      return reply.code(201).send({ ...supervisor, maskedIdNumber });
    },
  );

  app.get(
    '/v1/supervisors/:supervisorId',
    {
      schema: { params: SupervisorParamsSchema, response: { 200: SupervisorViewSchema } },
      preHandler: bodyOrAuthority,
    },
    async (request) => {
      // A body sees the supervisors who may supervise it (its own 内督, any 外督); another body's, like none.
      const caller = callerOf(request, { ifMatch: true });
      return supervisorSeenBy(supervisors, request.params.supervisorId, caller.principal.bodyId ?? '', caller);
    },
  );
};

export default assessorRoutes;
