import {
  contractError,
  deriveWorkerId,
  type IdDocument,
  type IdType,
  maskIdNumber,
  normaliseIdDocument,
  type WorkerId,
} from '@tianfu/contracts';

/** What may travel and be shown: the pseudonymous id and the masked number, never the number itself. */
export interface IdentifiedWorker {
  readonly workerId: WorkerId;
  readonly idType: IdType;
  readonly maskedIdNumber: string;
}

/** An identified worker together with the normalised number, for sealing; it stays inside the vault. */
export interface NormalisedWorker extends IdentifiedWorker {
  readonly idNumber: string;
}

/** Throws the contracts' ID_* ContractError (whose message never quotes the number) for an invalid document. */
export function normaliseWorker(workerIdKey: string, document: IdDocument): NormalisedWorker {
  const checked = normaliseIdDocument(document);
  if (!checked.ok) throw contractError(checked.code, checked.reason);
  const { idType, idNumber } = checked.value;
  return {
    workerId: deriveWorkerId(workerIdKey, checked.value),
    idType,
    idNumber,
    maskedIdNumber: maskIdNumber(idNumber),
  };
}
