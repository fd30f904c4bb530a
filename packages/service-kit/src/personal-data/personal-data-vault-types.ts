import type {
  IdDocument,
  IdType,
  SealedName,
  SealedTargetGroups,
  TrainingTargetGroup,
  WorkerId,
} from '@tianfu/contracts';
import type { Collection } from 'mongodb';
import type { WorkerKeyDocument } from './data-key.ts';
import type { IdentifiedWorker } from './identify.ts';
import type { PersonalDataDocument } from './personal-record.ts';

export interface PersonalDataVaultOptions {
  /** `identity.worker_keys`, shared by every service: erasing a worker's key there erases the data everywhere. */
  readonly keys: Collection<WorkerKeyDocument>;
  /** `personal_data` in the calling service's own database. */
  readonly records: Collection<PersonalDataDocument>;
  /** PERSONAL_DATA_KEY: base64 of the 32-byte master key that wraps every worker's data key. */
  readonly masterKey: string;
  /** WORKER_ID_KEY: the platform HMAC key of deriveWorkerId. */
  readonly workerIdKey: string;
  readonly clock: () => Date;
}

export interface PersonToSeal extends IdDocument {
  readonly name: string;
}

export interface SealedPerson {
  readonly workerId: WorkerId;
  readonly maskedIdNumber: string;
}

export interface NameToSeal {
  readonly workerId: WorkerId;
  readonly name: string;
}

export interface NameToOpen {
  readonly workerId: WorkerId;
  readonly sealed: SealedName;
}

export interface TargetGroupsToSeal {
  readonly workerId: WorkerId;
  readonly groups: readonly TrainingTargetGroup[];
}

export interface TargetGroupsToOpen {
  readonly workerId: WorkerId;
  readonly sealed: SealedTargetGroups;
}

export interface OpenedPersonalData {
  readonly name: string;
  readonly idType: IdType;
  readonly idNumber: string;
  readonly maskedIdNumber: string;
}

export interface PersonalDataVault {
  /** Pure: the workerId and masked number of a document; throws its ID_* ContractError when invalid. */
  identify(document: IdDocument): IdentifiedWorker;
  /** Creates the worker's key once and stores the latest declared name and number sealed under it. */
  seal(person: PersonToSeal): Promise<SealedPerson>;
  /** seal() for up to 10,000 people (MAX_SEAL_MANY) in a few bulk writes; results keep the input order. */
  sealMany(people: readonly PersonToSeal[]): Promise<SealedPerson[]>;
  /**
   * Each name sealed under its worker's key (created once if missing), to travel in events: up to
   * MAX_SEAL_MANY names, one bulk key lookup at most, results in input order. Stores no record.
   */
  sealNames(people: readonly NameToSeal[]): Promise<SealedName[]>;
  /**
   * The names sealNames made, in input order, reading every needed key at once; null where the
   * worker's key is not the one the name was sealed under (erased since, or the name was copied from
   * another worker). Throws PERSONAL_DATA_UNREADABLE for a name that fails authentication.
   */
  openNames(items: readonly NameToOpen[]): Promise<(string | null)[]>;
  /** A trainee's target groups (docs/domain.md §7.2) sealed like names: same keys, same limits, same order. */
  sealTargetGroups(people: readonly TargetGroupsToSeal[]): Promise<SealedTargetGroups[]>;
  /** openNames for sealed target groups: null where the worker's key was erased. */
  openTargetGroups(items: readonly TargetGroupsToOpen[]): Promise<(TrainingTargetGroup[] | null)[]>;
  /** Null when nothing was sealed here or the worker's key has been erased. */
  open(workerId: WorkerId): Promise<OpenedPersonalData | null>;
  /** Only the workers whose data can be opened are in the map. */
  openMany(workerIds: readonly WorkerId[]): Promise<Map<WorkerId, OpenedPersonalData>>;
  /** Crypto-shredding: deletes the worker's key (every service's copy becomes unreadable) and this service's record. */
  erase(workerId: WorkerId): Promise<void>;
}
