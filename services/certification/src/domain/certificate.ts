import type {
  CertificateIssuedData,
  CertificateReinstatedData,
  CertificateReissuedData,
  CertificateRevokedData,
  CertificateSuspendedData,
  NewEvent,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { certificateError } from './certificate-errors.ts';

export type CertificateStatus = 'valid' | 'suspended' | 'revoked';

export interface Certificate extends CertificateIssuedData {
  readonly status: CertificateStatus;
  /** When the status last changed (issued, revoked, suspended or reinstated). */
  readonly statusSince: string;
  readonly revocation: Pick<CertificateRevokedData, 'reason' | 'note' | 'at' | 'caseRef'> | null;
}

export type CertificateState = Certificate | null;

export type CertificateEvent =
  | DomainEvent<'certification.CertificateIssued', CertificateIssuedData>
  | DomainEvent<'certification.CertificateRevoked', CertificateRevokedData>
  | DomainEvent<'certification.CertificateSuspended', CertificateSuspendedData>
  | DomainEvent<'certification.CertificateReinstated', CertificateReinstatedData>
  | DomainEvent<'certification.CertificateReissued', CertificateReissuedData>;

type Change<T> = Omit<T, 'workerId'>;
export type CertificateCommand =
  | { readonly type: 'IssueCertificate'; readonly data: CertificateIssuedData }
  | { readonly type: 'RevokeCertificate'; readonly data: Change<CertificateRevokedData> }
  | { readonly type: 'SuspendCertificate'; readonly data: Change<CertificateSuspendedData> }
  | { readonly type: 'ReinstateCertificate'; readonly data: Change<CertificateReinstatedData> }
  | { readonly type: 'ReissueCertificate'; readonly data: Omit<Change<CertificateReissuedData>, 'printSerial'> };

type Emitted = NewEvent<CertificateEvent['type'], CertificateEvent['data']>;

/** 印制流水码: the certificate number and the print's ordinal, `…-1` for the first print. */
export function nextPrintSerial(certificate: Certificate): string {
  const printed = Number(certificate.printSerial.slice(certificate.printSerial.lastIndexOf('-') + 1));
  return `${certificate.certificateNo}-${Number.isInteger(printed) ? printed + 1 : 2}`;
}

function existing(state: CertificateState, certificateId: string): Certificate {
  if (state === null) throw certificateError('CERTIFICATE_NOT_FOUND', `certificate ${certificateId} was not issued`);
  if (state.status === 'revoked') {
    throw certificateError(
      'CERTIFICATE_ALREADY_REVOKED',
      `certificate ${state.certificateNo} is revoked; that is final`,
    );
  }
  return state;
}

/** An issuance from another service's event is keyed by it: issuing again changes nothing (redelivery). */
function decide(command: CertificateCommand, state: CertificateState): readonly Emitted[] {
  if (command.type === 'IssueCertificate') {
    if (state !== null) return [];
    const { data } = command;
    return [{ type: 'certification.CertificateIssued', data, workerId: data.workerId, occurredAt: data.issuedAt }];
  }
  const certificate = existing(state, command.data.certificateId);
  const { workerId } = certificate;
  const at = command.data.at;
  switch (command.type) {
    case 'RevokeCertificate':
      return [
        { type: 'certification.CertificateRevoked', data: { ...command.data, workerId }, workerId, occurredAt: at },
      ];
    case 'SuspendCertificate':
      if (certificate.status === 'suspended') {
        throw certificateError(
          'CERTIFICATE_ALREADY_SUSPENDED',
          `certificate ${certificate.certificateNo} is already suspended`,
        );
      }
      return [
        { type: 'certification.CertificateSuspended', data: { ...command.data, workerId }, workerId, occurredAt: at },
      ];
    case 'ReinstateCertificate':
      if (certificate.status !== 'suspended') {
        throw certificateError(
          'CERTIFICATE_NOT_SUSPENDED',
          `certificate ${certificate.certificateNo} is not suspended`,
        );
      }
      return [
        { type: 'certification.CertificateReinstated', data: { ...command.data, workerId }, workerId, occurredAt: at },
      ];
    case 'ReissueCertificate':
      // A lost certificate is printed again under the same number; a suspended one first needs reinstating.
      if (certificate.status === 'suspended') {
        throw certificateError('CERTIFICATE_SUSPENDED', `certificate ${certificate.certificateNo} is suspended`);
      }
      return [
        {
          type: 'certification.CertificateReissued',
          data: { ...command.data, workerId, printSerial: nextPrintSerial(certificate) },
          workerId,
          occurredAt: at,
        },
      ];
  }
}

function evolve(state: CertificateState, event: CertificateEvent): CertificateState {
  switch (event.type) {
    case 'certification.CertificateIssued':
      return { ...event.data, status: 'valid', statusSince: event.data.issuedAt, revocation: null };
    case 'certification.CertificateRevoked': {
      const { reason, note, at, caseRef } = event.data;
      return state && { ...state, status: 'revoked', statusSince: at, revocation: { reason, note, at, caseRef } };
    }
    case 'certification.CertificateSuspended':
      return state && { ...state, status: 'suspended', statusSince: event.data.at };
    case 'certification.CertificateReinstated':
      return state && { ...state, status: 'valid', statusSince: event.data.at };
    case 'certification.CertificateReissued':
      return state && { ...state, printSerial: event.data.printSerial };
  }
}

export const certificateDecider: Decider<CertificateCommand, CertificateState, CertificateEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
