import { authorize } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';

const pathWorker = (request: FastifyRequest): string | undefined =>
  (request.params as { workerId?: string } | undefined)?.workerId;

/** Imports and the register of certificates are the subsidy office's (and admin's). */
export const officeOnly = authorize({ roles: ['subsidy-office'] });

/** A worker's own records: the worker themself, or the subsidy office. */
export const officeOrSelf = authorize({
  roles: ['subsidy-office', 'worker'],
  scope: (principal, request) => principal.role !== 'worker' || principal.workerId === pathWorker(request),
});
