import type { AppointmentEndedData, AppointmentMadeData, AppointmentRenewedData, NewEvent } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { type AppointmentEvidence, checkAppointment } from './appointment-rules.ts';
import { talentError } from './talent-errors.ts';

export interface Appointment extends AppointmentMadeData {
  readonly ended: { readonly endedOn: string; readonly reason: string } | null;
}

export type AppointmentState = Appointment | null;

export type AppointmentEvent =
  | DomainEvent<'talent.AppointmentMade', AppointmentMadeData>
  | DomainEvent<'talent.AppointmentRenewed', AppointmentRenewedData>
  | DomainEvent<'talent.AppointmentEnded', AppointmentEndedData>;

export interface Appoint {
  readonly type: 'Appoint';
  readonly data: Omit<AppointmentMadeData, 'eligibility'> & {
    readonly evidence: AppointmentEvidence;
    readonly overrideReason: string | null;
    /** Overriding an unmet prerequisite is the talent office's decision, never the appointing enterprise's alone. */
    readonly mayOverride: boolean;
  };
}

export type AppointmentCommand =
  | Appoint
  | { readonly type: 'Renew'; readonly data: Omit<AppointmentRenewedData, 'workerId'> }
  | { readonly type: 'End'; readonly data: Omit<AppointmentEndedData, 'workerId'> };

type Emitted = NewEvent<AppointmentEvent['type'], AppointmentEvent['data']>;

function checkTerm(termStart: string, termEnd: string | null): void {
  if (termEnd !== null && termEnd <= termStart) {
    throw talentError('APPOINTMENT_TERM_INVALID', `the term ends (${termEnd}) before it starts (${termStart})`);
  }
}

/**
 * 特级技师 and 首席技师 are posts an enterprise evaluates and appoints its own staff to (企业自主评聘,
 * docs/domain.md §1): only an employer-kind evaluation body (用人单位, 备案号 starting Y, docs/domain.md §2.1)
 * appoints; a social training and evaluation organisation (S) has no staff posts to give.
 */
function checkEmployerKind(employer: Appoint['data']['employer']): void {
  if (!employer.filingNo.startsWith('Y')) {
    throw talentError(
      'APPOINTING_BODY_NOT_EMPLOYER',
      `${employer.bodyName} (${employer.filingNo}) is not an employer-kind evaluation body (备案号 Y…): only an enterprise appoints 特级技师 / 首席技师`,
      { field: 'employer.filingNo', rule: 'employer_kind_only' },
    );
  }
}

/**
 * 企业自主评聘 (docs/domain.md §1): the prerequisite of the post is met, or overridden with a reason by
 * the talent office (an enterprise alone may not waive what its own certificate would then attest).
 */
function eligibilityOf(
  data: Pick<Appoint['data'], 'post' | 'occupationCode'>,
  { evidence, overrideReason, mayOverride }: Pick<Appoint['data'], 'evidence' | 'overrideReason' | 'mayOverride'>,
): AppointmentMadeData['eligibility'] {
  const answer = checkAppointment(data.post, data.occupationCode, evidence);
  if (answer === null || answer.met) {
    return {
      basis: 'rule',
      ruleId: answer?.rule.ruleId ?? 'none',
      summary: answer === null ? 'no prerequisite' : `${answer.rule.text}; ${answer.metBy}`,
    };
  }
  const { ruleId, text } = answer.rule;
  if (overrideReason === null) {
    throw talentError('APPOINTMENT_PREREQUISITE_UNMET', `the prerequisite of ${data.post} is not met: ${text}`, {
      ruleId,
      rule: text,
    });
  }
  if (!mayOverride) {
    throw talentError(
      'APPOINTMENT_OVERRIDE_NOT_ALLOWED',
      `the prerequisite of ${data.post} is not met (${text}); only the talent office overrides it`,
      { field: 'overrideReason', ruleId },
    );
  }
  return { basis: 'override', reason: overrideReason, summary: `unmet: ${text}` };
}

function appoint({ data }: Appoint, state: AppointmentState): readonly Emitted[] {
  if (state !== null) throw talentError('APPOINTMENT_EXISTS', `appointment ${data.appointmentId} already exists`);
  checkEmployerKind(data.employer);
  checkTerm(data.termStart, data.termEnd);
  const { evidence, overrideReason, mayOverride, ...made } = data;
  const eligibility = eligibilityOf(made, { evidence, overrideReason, mayOverride });
  return [
    {
      type: 'talent.AppointmentMade',
      data: { ...made, eligibility },
      workerId: data.workerId,
      occurredAt: data.appointedAt,
    },
  ];
}

function current(state: AppointmentState, appointmentId: string): Appointment {
  if (state === null) throw talentError('APPOINTMENT_NOT_FOUND', `no appointment ${appointmentId}`);
  if (state.ended !== null)
    throw talentError('APPOINTMENT_ENDED', `appointment ${appointmentId} ended on ${state.ended.endedOn}`);
  return state;
}

function decide(command: AppointmentCommand, state: AppointmentState): readonly Emitted[] {
  if (command.type === 'Appoint') return appoint(command, state);
  const appointment = current(state, command.data.appointmentId);
  const { workerId } = appointment;
  if (command.type === 'Renew') {
    checkTerm(appointment.termStart, command.data.termEnd);
    return [
      { type: 'talent.AppointmentRenewed', data: { ...command.data, workerId }, workerId, occurredAt: command.data.at },
    ];
  }
  return [
    { type: 'talent.AppointmentEnded', data: { ...command.data, workerId }, workerId, occurredAt: command.data.at },
  ];
}

function evolve(state: AppointmentState, event: AppointmentEvent): AppointmentState {
  switch (event.type) {
    case 'talent.AppointmentMade':
      return { ...event.data, ended: null };
    case 'talent.AppointmentRenewed':
      return state && { ...state, termEnd: event.data.termEnd };
    case 'talent.AppointmentEnded':
      return state && { ...state, ended: { endedOn: event.data.endedOn, reason: event.data.reason } };
  }
}

export const appointmentDecider: Decider<AppointmentCommand, AppointmentState, AppointmentEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
