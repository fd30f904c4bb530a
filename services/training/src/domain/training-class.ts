import type { ClassFiledData, NewEvent } from '@tianfu/contracts';
import type { Decider, DomainEvent } from '@tianfu/decider';
import type { CertifiedLevel } from '@tianfu/skill-rules';
import { checkItemsListed, type ItemStanding, itemKey } from './catalogue-items.ts';
import { checkSittings } from './class-sittings.ts';
import { listedProvider, type Provider } from './provider.ts';
import { fieldsRefused, trainingError } from './training-errors.ts';

/** A class (培训班) as its events built it. */
export type TrainingClass = ClassFiledData;
export type ClassState = TrainingClass | null;

export interface FileClass {
  readonly type: 'FileClass';
  readonly data: ClassFiledData;
  /** The provider as it stood when the handler read it; null when none is registered. */
  readonly provider: Provider | null;
  /** The catalogue's answer for the class's item on the filing day (a late filing's: its first day). */
  readonly standing: ItemStanding;
  /** The levels the occupation's standard in force offers; null for a 专项职业能力 item or no standard. */
  readonly offeredLevels: readonly CertifiedLevel[] | null;
}
export type ClassCommand = FileClass;

export type ClassEvent = DomainEvent<'training.ClassFiled', ClassFiledData>;
type Emitted = NewEvent<ClassEvent['type'], ClassEvent['data']>;

/** The item is one the provider may train; a level only where the item has levels and offers it. */
function checkItem(command: FileClass, provider: Provider): void {
  const { item, targetLevel } = command.data;
  if (!provider.items.some((i) => itemKey(i) === itemKey(item))) {
    const message = `provider ${provider.providerId} is not registered to train ${item.kind} ${item.code}`;
    throw fieldsRefused('ITEM_NOT_PERMITTED', [{ field: 'item.code', rule: 'not_a_provider_item', message }]);
  }
  checkItemsListed([item], { [itemKey(item)]: command.standing }, 'item');
  if (targetLevel === null) return;
  const offered = item.kind === 'occupation' ? command.offeredLevels : [];
  if (offered !== null && !offered.includes(targetLevel)) {
    const message =
      item.kind === 'special-ability'
        ? 'a 专项职业能力 item has no levels'
        : `the standard in force for ${item.code} offers ${offered.join(', ')}, not ${targetLevel}`;
    throw fieldsRefused('TARGET_LEVEL_NOT_OFFERED', [{ field: 'targetLevel', rule: 'level_not_offered', message }]);
  }
}

function decide(command: ClassCommand, state: ClassState): readonly Emitted[] {
  const { data } = command;
  if (state !== null) throw trainingError('CLASS_ALREADY_FILED', `class ${data.classId} is already filed`);
  const provider = listedProvider(command.provider, data.providerId);
  checkItem(command, provider);
  checkSittings(data.sittings, data.filedAt, data.lateFiling === undefined ? 'ahead' : 'late');
  return [{ type: 'training.ClassFiled', data, occurredAt: data.filedAt }];
}

const evolve = (_state: ClassState, event: ClassEvent): ClassState => event.data;

/**
 * A class filed by a listed provider before it starts, or recorded by the training office after it
 * ran (补录, with the reason in `lateFiling`) under the same rules otherwise (docs/domain.md §7.1).
 */
export const trainingClass: Decider<ClassCommand, ClassState, ClassEvent> = {
  initialState: () => null,
  decide,
  evolve,
};
