import { authorize } from '@tianfu/service-kit';
import type { FastifyRequest } from 'fastify';

const pathProvider = (request: FastifyRequest): string | undefined =>
  (request.params as { providerId?: string } | undefined)?.providerId;

/** The register's commands are the training office's (and admin's). */
export const officeOnly = authorize({ roles: ['training-office'] });

/** A provider's own routes: its training-provider token, or the office. */
export const providerOrOffice = authorize({
  roles: ['training-provider', 'training-office'],
  scope: (principal, request) =>
    principal.role !== 'training-provider' || principal.providerId === pathProvider(request),
});

/** A class or an apprenticeship by id: which provider's it is, their commands check. */
export const classReaders = authorize({ roles: ['training-provider', 'training-office'] });
export const ownedRecordReaders = classReaders;
