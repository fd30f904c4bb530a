import { findHonour } from '@tianfu/contracts';
import type { Appointment } from '../domain/appointment.ts';
import type { HonourGrant } from '../domain/honour-grant.ts';

export const grantView = (grant: HonourGrant, maskedIdNumber: string | null) => ({
  grantId: grant.grantId,
  workerId: grant.workerId,
  maskedIdNumber,
  honour: grant.honour,
  honourName: findHonour(grant.honour).name,
  round: grant.round,
  grantedOn: grant.grantedOn,
  regionCode: grant.regionCode,
  revoked: grant.revoked,
});

export const appointmentView = (appointment: Appointment) => ({
  appointmentId: appointment.appointmentId,
  workerId: appointment.workerId,
  post: appointment.post,
  employer: appointment.employer,
  occupationCode: appointment.occupationCode,
  termStart: appointment.termStart,
  termEnd: appointment.termEnd,
  eligibility: appointment.eligibility,
  ended: appointment.ended,
});
