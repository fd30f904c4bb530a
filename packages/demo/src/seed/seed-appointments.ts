import { ok } from '@tianfu/api-client';
import type { Appointment } from '../api-types.ts';
import { onceAccepted } from '../eventually.ts';
import type { Platform } from '../platform.ts';
import { once, type Tally } from './tally.ts';

// The prerequisite is a certificate another service issues after a contest's confirmation; the
// enterprise, a body the talent registry learns of from the assessment topic.
const prerequisiteWaitMs = 5 * 60_000;
const waitedFor = ['APPOINTMENT_PREREQUISITE_UNMET', 'BODY_NOT_REGISTERED'];

/** By the appointing enterprise itself: its employer token is scoped to its bodyId. */
const appoint = (platform: Platform, appointment: Appointment) =>
  ok(platform.employer(appointment.employer.bodyId).talentRegistry.POST('/v1/appointments', { body: appointment }));

/**
 * Each post once its prerequisite is on the platform: 特级技师 needs the 高级技师 certificate the
 * contest brought, 首席技师 the 特级技师 certificate the first appointment brought.
 */
export async function seedAppointments(platform: Platform, appointments: readonly Appointment[], tally: Tally) {
  for (const appointment of appointments) {
    const what = `the ${appointment.post} prerequisite of ${appointment.appointmentId} to reach the talent registry`;
    const appointed = () =>
      onceAccepted(() => appoint(platform, appointment), waitedFor, {
        what,
        timeoutMs: prerequisiteWaitMs,
      });
    tally.add('appointments', await once(appointed, 'APPOINTMENT_EXISTS'));
  }
}
