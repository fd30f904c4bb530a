import { authorize, type Principal, requirePrincipal } from '@tianfu/service-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TalentListings } from '../application/talent-listings.ts';
import {
  AppointmentListSchema,
  AppointmentQuerySchema,
  BaseListSchema,
  BaseQuerySchema,
  GrantListSchema,
  GrantQuerySchema,
} from './listing-schemas.ts';
import { appointmentLineView, baseLineView, grantLineView, type NameOpener, shownNames } from './listing-views.ts';

export interface ListingRoutesOptions {
  readonly listings: TalentListings;
  readonly personalData: NameOpener;
}

const readers = authorize({ roles: ['talent-office', 'hr'] });
const appointmentReaders = authorize({ roles: ['talent-office', 'employer'] });
const isOffice = (principal: Principal) => principal.role === 'talent-office' || principal.role === 'admin';

/** An employer token lists only its own enterprise's appointments, whatever it asks. */
const ownEnterprise = (principal: Principal, asked: string | undefined) =>
  principal.role === 'employer' ? (principal.bodyId ?? '') : asked;

/** The office's lists (docs/domain.md §4.2, §5.3, §1): names only to the talent office. */
const listingRoutes: FastifyPluginAsyncZod<ListingRoutesOptions> = async (app, { listings, personalData }) => {
  app.get(
    '/v1/honours/grants',
    {
      schema: {
        operationId: 'listHonourGrants',
        summary: 'List honour grants by honour, year and 市(州)',
        tags: ['honours'],
        querystring: GrantQuerySchema,
        response: { 200: GrantListSchema },
      },
      preHandler: readers,
    },
    async (request) => {
      const { honour, year, region } = request.query;
      const lines = await listings.grants({ honour, year, regionCode: region });
      const sealed = lines.map((l) => ({ workerId: l.workerId, sealed: l.holderName }));
      const names = await shownNames(personalData, sealed, isOffice(requirePrincipal(request)));
      return { items: lines.map((line, i) => grantLineView(line, names[i] ?? null)) };
    },
  );

  app.get(
    '/v1/appointments',
    {
      schema: {
        operationId: 'listAppointments',
        summary: 'List 特级技师 and 首席技师 appointments',
        tags: ['appointments'],
        querystring: AppointmentQuerySchema,
        response: { 200: AppointmentListSchema },
      },
      preHandler: appointmentReaders,
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const lines = await listings.appointments({
        post: request.query.post,
        bodyId: ownEnterprise(principal, request.query.bodyId),
      });
      const sealed = lines.map((l) => ({ workerId: l.workerId, sealed: l.holderName }));
      // Every reader here may see the masked name (an enterprise lists only its own staff); the office, the name.
      const names = await shownNames(personalData, sealed, true);
      return { items: lines.map((line, i) => appointmentLineView(line, names[i] ?? null, isOffice(principal))) };
    },
  );

  app.get(
    '/v1/bases',
    {
      schema: {
        operationId: 'listBases',
        summary: 'List master studios and skills bases by kind, level and 市(州)',
        tags: ['bases'],
        querystring: BaseQuerySchema,
        response: { 200: BaseListSchema },
      },
      preHandler: readers,
    },
    async (request) => {
      const { kind, level, region } = request.query;
      const lines = await listings.bases({ kind, level, regionCode: region });
      const sealed = lines.map((l) => ({ workerId: l.masterWorkerId, sealed: l.sealedName }));
      const names = await shownNames(personalData, sealed, isOffice(requirePrincipal(request)));
      return { items: lines.map((line, i) => baseLineView(line, names[i] ?? null)) };
    },
  );
};

export default listingRoutes;
