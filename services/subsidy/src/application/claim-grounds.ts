import type { ApprenticeStage, ClaimBasis, ClaimPayee, SubsidyKind, WorkerId } from '@tianfu/contracts';
import { forbidden, type PersonalDataVault } from '@tianfu/service-kit';
import type { ApprenticeshipFacts, CompletionFacts } from '@tianfu/subsidy-rules';
import { apprenticeshipNotFound, classNotFound } from '../domain/subsidy-errors.ts';
import { apprenticeshipClaimed, classCompletion } from '../domain/training-facts.ts';
import type { TrainingRecords } from './training-records.ts';

/** Who sends a claim: a worker or the office for a worker; a provider or an employer for its own. */
export type Claimer =
  | { readonly as: 'worker' | 'office' }
  | { readonly as: 'provider'; readonly providerId: string }
  | { readonly as: 'employer'; readonly employerCode: string | null };

/** What a claim names beside its certificate. */
export interface GroundsRequest {
  readonly kind: SubsidyKind;
  /** The worker the claim is for; null when an apprenticeship names them. */
  readonly workerId: string | null;
  readonly classId: string | null;
  readonly apprenticeshipId: string | null;
  readonly agreementYear: number | null;
  readonly stage: ApprenticeStage | null;
}

/** The training a claim rests on, whom it is for and paid to, and what its basis records (without the period). */
export interface ClaimGrounds {
  readonly workerId: string;
  readonly payee: ClaimPayee;
  readonly completion: CompletionFacts | null;
  readonly apprenticeship: ApprenticeshipFacts | null;
  readonly basis: Omit<ClaimBasis, 'period'>;
}

const refuse = (message: string, field: string) => forbidden(message, { field });

const nothing = { classId: null, apprenticeshipId: null, agreementYear: null, stage: null };

/**
 * The training facts a claim rests on (docs/domain.md §7.10), and who may claim it: the worker or
 * the subsidy office for any kind but 新型学徒制补贴; a provider only for its own 项目制 class (paid
 * to it, counted as the worker's); the employer named in the agreement (or the office) for an
 * apprentice. The target groups are opened here, for the judge alone, and never kept.
 */
export function claimGrounds(records: TrainingRecords, vault: Pick<PersonalDataVault, 'openTargetGroups'>) {
  async function ofClass(request: GroundsRequest, classId: string, claimer: Claimer): Promise<ClaimGrounds> {
    const workerId = request.workerId ?? '';
    const found = classCompletion(await records.ofClass(classId, workerId), workerId);
    if (found === null) throw classNotFound(classId);
    const { sealedGroups, ...completion } = found;
    const project = completion.deliveryModel === 'project' && request.kind === 'training';
    if (claimer.as === 'provider' && (!project || claimer.providerId !== completion.providerId))
      throw refuse('a provider claims 职业培训补贴 for its own 项目制 class only', 'classId');
    const [targetGroups = null] =
      request.kind === 'living' && sealedGroups !== null
        ? await vault.openTargetGroups([{ workerId: workerId as WorkerId, sealed: sealedGroups }])
        : [];
    return {
      workerId,
      payee: project ? 'provider' : 'worker',
      completion: { ...completion, targetGroups },
      apprenticeship: null,
      basis: { ...nothing, classId, providerId: project ? completion.providerId : null, employerCode: null },
    };
  }

  async function ofApprenticeship(request: GroundsRequest, claimer: Claimer): Promise<ClaimGrounds> {
    const { apprenticeshipId, agreementYear, stage } = request;
    if (apprenticeshipId === null || agreementYear === null || stage === null)
      throw refuse('an apprenticeship claim names the agreement, year and stage', 'apprenticeshipId');
    const found = apprenticeshipClaimed(await records.ofApprenticeship(apprenticeshipId), agreementYear, stage);
    if (found === null) throw apprenticeshipNotFound(apprenticeshipId);
    if (claimer.as !== 'office' && (claimer.as !== 'employer' || claimer.employerCode !== found.employerCode))
      throw refuse("新型学徒制补贴 is claimed by the apprentice's employer or the subsidy office", 'apprenticeshipId');
    if (request.workerId !== null && request.workerId !== found.workerId)
      throw refuse('the apprenticeship is of another worker', 'workerId');
    const { workerId, providerId, ...apprenticeship } = found;
    return {
      workerId,
      payee: 'employer',
      completion: null,
      apprenticeship,
      basis: {
        apprenticeshipId,
        agreementYear,
        stage,
        classId: null,
        providerId: null,
        employerCode: found.employerCode,
      },
    };
  }

  return async (request: GroundsRequest, claimer: Claimer): Promise<ClaimGrounds> => {
    if (request.kind === 'apprenticeship') return ofApprenticeship(request, claimer);
    if (claimer.as === 'employer') throw refuse('an employer claims 新型学徒制补贴 only', 'kind');
    if (request.classId !== null && request.kind !== 'skill-upgrade') return ofClass(request, request.classId, claimer);
    if (claimer.as === 'provider') throw refuse('a provider claims 职业培训补贴 for its own 项目制 class only', 'kind');
    const workerId = request.workerId ?? '';
    const basis = { ...nothing, providerId: null, employerCode: null };
    return { workerId, payee: 'worker', completion: null, apprenticeship: null, basis };
  };
}

export type ClaimGroundsOf = ReturnType<typeof claimGrounds>;
