import { ok } from '@tianfu/api-client';
import type { JourneyCast, Platform } from '@tianfu/demo';
import type { CommandLog } from './command-log.ts';
import { ELECTRICIAN } from './load-setup.ts';
import type { RoundPlan } from './round-plan.ts';

/**
 * The contest's winner appointed 特级技师 by the enterprise, once the 高级技师 certificate the
 * contest brought has crossed Kafka to the talent registry; certification then issues its certificate.
 */
export async function runAppointment(platform: Platform, cast: JourneyCast, plan: RoundPlan, log: CommandLog) {
  const [winner] = plan.entrants;
  if (winner === undefined) return;
  const { body } = cast;
  const appointmentId = `${body.bodyId}-tj${plan.round}`;
  const { talentRegistry } = platform.employer(body.bodyId);
  await log.send({
    label: `appoint ${appointmentId}`,
    store: 'talent-registry',
    command: () =>
      ok(
        talentRegistry.POST('/v1/appointments', {
          body: {
            appointmentId,
            ...winner,
            post: 'principal-technician',
            employer: { bodyId: body.bodyId, filingNo: body.filingNo, bodyName: body.name },
            occupationCode: ELECTRICIAN,
            termStart: plan.session.date,
            termEnd: null,
          },
        }),
      ),
    expects: () => [{ type: 'talent.AppointmentMade', where: { appointmentId }, count: 1 }],
    appliedBefore: ['APPOINTMENT_EXISTS'],
    waitFor: ['APPOINTMENT_PREREQUISITE_UNMET', 'BODY_NOT_REGISTERED'],
  });
}
