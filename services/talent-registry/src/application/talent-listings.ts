import type { BaseRegisteredData } from '@tianfu/contracts';
import { givenFilter as given, type ListedDocument, listingCollection } from '@tianfu/eventstore';
import type { Db } from 'mongodb';
import type { Appointment } from '../domain/appointment.ts';
import type { HonourGrant } from '../domain/honour-grant.ts';

/** A grant as listed: its year apart, so the office filters by it. Names stay sealed. */
export interface GrantLine extends ListedDocument, HonourGrant {
  readonly year: number;
}
export interface AppointmentLine extends ListedDocument, Appointment {}
export interface BaseLine extends ListedDocument, BaseRegisteredData {}

export interface GrantQuery {
  readonly honour?: string | undefined;
  readonly year?: number | undefined;
  readonly regionCode?: string | undefined;
}
export interface AppointmentQuery {
  readonly post?: string | undefined;
  readonly bodyId?: string | undefined;
}
export interface BaseQuery {
  readonly kind?: string | undefined;
  readonly level?: string | undefined;
  readonly regionCode?: string | undefined;
}

/** The talent office's lists: honour grants, appointments and bases, each one line per stream. */
export function talentListings(db: Db) {
  const grants = listingCollection<GrantLine>(db.collection('honour_grant_list'));
  const appointments = listingCollection<AppointmentLine>(db.collection('appointment_list'));
  const bases = listingCollection<BaseLine>(db.collection('base_list'));
  return {
    putGrant: (grant: HonourGrant, revision: number) =>
      grants.put({ ...grant, _id: grant.grantId, revision, year: Number(grant.grantedOn.slice(0, 4)) }),
    putAppointment: (appointment: Appointment, revision: number) =>
      appointments.put({ ...appointment, _id: appointment.appointmentId, revision }),
    putBase: (base: BaseRegisteredData, revision: number) => bases.put({ ...base, _id: base.baseId, revision }),
    grants: ({ honour, year, regionCode }: GrantQuery) =>
      grants.find(given({ honour, year, regionCode }), { grantedOn: -1, _id: 1 }),
    appointments: ({ post, bodyId }: AppointmentQuery) =>
      appointments.find(given({ post, 'employer.bodyId': bodyId }), { termStart: -1, _id: 1 }),
    bases: ({ kind, level, regionCode }: BaseQuery) =>
      bases.find(given({ kind, level, regionCode }), { establishedOn: -1, _id: 1 }),
  };
}

export type TalentListings = ReturnType<typeof talentListings>;
