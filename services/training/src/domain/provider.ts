import type {
  NewEvent,
  ProviderGradedData,
  ProviderRegisteredData,
  ProviderReinstatedData,
  ProviderRemovedData,
  ProviderSuspendedData,
} from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import { checkItemsListed, type ItemStandings } from './catalogue-items.ts';
import { fieldsRefused, providerNotFound, trainingError } from './training-errors.ts';

/** Listed (on the 目录清单), suspended by supervision, or removed for good (进入退出, docs/domain.md §7.1). */
export type ProviderStatus = 'listed' | 'suspended' | 'removed';

export type Grading = Omit<ProviderGradedData, 'providerId'>;

/** A training provider (培训机构) as its events built it. */
export interface Provider extends ProviderRegisteredData {
  readonly status: ProviderStatus;
  /** Why it was last suspended, reinstated or removed; null until then. */
  readonly statusReason: string | null;
  /** When that last change of status was made; null until then. */
  readonly statusChangedAt: string | null;
  /** Every 等级评估, oldest first; the grade in force is the latest still valid on a day. */
  readonly gradings: readonly Grading[];
}

export type ProviderState = Provider | null;

export interface RegisterProvider {
  readonly type: 'RegisterProvider';
  readonly data: ProviderRegisteredData;
  /** The catalogue's answer for each item, as the handler found it on the registration day. */
  readonly standings: ItemStandings;
}
export interface GradeProvider {
  readonly type: 'GradeProvider';
  readonly data: ProviderGradedData;
}
export interface ChangeProviderStatus {
  readonly type: 'SuspendProvider' | 'ReinstateProvider' | 'RemoveProvider';
  readonly data: ProviderSuspendedData;
}
export type ProviderCommand = RegisterProvider | GradeProvider | ChangeProviderStatus;

export type ProviderEvent =
  | DomainEvent<'training.ProviderRegistered', ProviderRegisteredData>
  | DomainEvent<'training.ProviderGraded', ProviderGradedData>
  | DomainEvent<'training.ProviderSuspended', ProviderSuspendedData>
  | DomainEvent<'training.ProviderReinstated', ProviderReinstatedData>
  | DomainEvent<'training.ProviderRemoved', ProviderRemovedData>;

export type ProviderEmitted = NewEvent<ProviderEvent['type'], ProviderEvent['data']>;

export function existingProvider(state: ProviderState, providerId: string): Provider {
  if (state === null) throw providerNotFound(providerId);
  return state;
}

function register({ data, standings }: RegisterProvider, state: ProviderState): ProviderEmitted[] {
  if (state !== null) {
    throw trainingError('PROVIDER_ALREADY_REGISTERED', `training provider ${data.providerId} is already registered`);
  }
  checkItemsListed(data.items, standings, 'items');
  return [{ type: 'training.ProviderRegistered', data, occurredAt: data.registeredAt }];
}

/** A grade runs from the day it was given to a later day; a removed provider is graded no more. */
function grade({ data }: GradeProvider, state: ProviderState): ProviderEmitted[] {
  if (existingProvider(state, data.providerId).status === 'removed') throw providerRemoved(data.providerId);
  if (data.validUntil <= data.gradedOn) {
    const message = `validUntil ${data.validUntil} must be after gradedOn ${data.gradedOn}`;
    throw fieldsRefused('GRADE_DATES_INVALID', [{ field: 'validUntil', rule: 'not_after_graded_on', message }]);
  }
  return [{ type: 'training.ProviderGraded', data, occurredAt: data.recordedAt }];
}

export const providerRemoved = (providerId: string) =>
  trainingError('PROVIDER_REMOVED', `training provider ${providerId} was removed from the register (退出)`);

export const providerSuspended = (providerId: string) =>
  trainingError('PROVIDER_SUSPENDED', `training provider ${providerId} is suspended`);

/** Only a listed provider opens classes or takes enrolments (docs/domain.md §7.1, 进入退出): 409 naming why. */
export function listedProvider(state: ProviderState, providerId: string): Provider {
  const provider = existingProvider(state, providerId);
  if (provider.status === 'removed') throw providerRemoved(providerId);
  if (provider.status === 'suspended') throw providerSuspended(providerId);
  return provider;
}

/** Listed → suspended → listed again; removal is final (docs/domain.md §7.1). */
function changeStatus({ type, data }: ChangeProviderStatus, state: ProviderState): ProviderEmitted[] {
  const { providerId } = data;
  const { status } = existingProvider(state, providerId);
  if (status === 'removed') throw providerRemoved(providerId);
  if (type === 'SuspendProvider') {
    if (status === 'suspended') throw providerSuspended(providerId);
    return [{ type: 'training.ProviderSuspended', data, occurredAt: data.at }];
  }
  if (type === 'ReinstateProvider') {
    if (status !== 'suspended') {
      throw trainingError('PROVIDER_NOT_SUSPENDED', `training provider ${providerId} is not suspended`);
    }
    return [{ type: 'training.ProviderReinstated', data, occurredAt: data.at }];
  }
  return [{ type: 'training.ProviderRemoved', data, occurredAt: data.at }];
}

function decide(command: ProviderCommand, state: ProviderState): readonly ProviderEmitted[] {
  switch (command.type) {
    case 'RegisterProvider':
      return register(command, state);
    case 'GradeProvider':
      return grade(command, state);
    default:
      return changeStatus(command, state);
  }
}

const withStatus = (
  state: ProviderState,
  status: ProviderStatus,
  { reason, at }: ProviderSuspendedData,
): ProviderState => state && { ...state, status, statusReason: reason, statusChangedAt: at };

function evolve(state: ProviderState, event: ProviderEvent): ProviderState {
  switch (event.type) {
    case 'training.ProviderRegistered':
      return { ...event.data, status: 'listed', statusReason: null, statusChangedAt: null, gradings: [] };
    case 'training.ProviderGraded': {
      const { providerId: _, ...grading } = event.data;
      return state && { ...state, gradings: [...state.gradings, grading] };
    }
    case 'training.ProviderSuspended':
      return withStatus(state, 'suspended', event.data);
    case 'training.ProviderReinstated':
      return withStatus(state, 'listed', event.data);
    case 'training.ProviderRemoved':
      return withStatus(state, 'removed', event.data);
  }
}

/** A training provider in the 培训机构信息库 (docs/domain.md §7.1). */
export const trainingProvider: Decider<ProviderCommand, ProviderState, ProviderEvent> = {
  initialState: () => null,
  decide,
  evolve,
};

/** The grade in force on `day` (YYYY-MM-DD): the latest given on or before it and valid through it. */
export function gradeOn(provider: Pick<Provider, 'gradings'>, day: string): Grading | null {
  const valid = provider.gradings.filter((g) => g.gradedOn <= day && day <= g.validUntil);
  return valid.at(-1) ?? null;
}
