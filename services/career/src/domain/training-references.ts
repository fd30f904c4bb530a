import type { ClassFiledData, ProviderKind, TrainingBrand, TrainingKind } from '@tianfu/contracts';

/** A training provider as registered (docs/domain.md §7.1): its 市(州) places the training it gives. */
export interface ProviderReference {
  readonly kind: 'provider';
  readonly referenceId: string;
  readonly name: string;
  readonly providerKind: ProviderKind;
  readonly regionCode: string;
}

/** A class as filed (docs/domain.md §7.1): what the record shows of it and what the counts sort by. */
export interface ClassReference {
  readonly kind: 'class';
  readonly referenceId: string;
  readonly providerId: string;
  readonly name: string;
  readonly item: ClassFiledData['item'];
  readonly targetLevel: ClassFiledData['targetLevel'];
  readonly trainingKind: TrainingKind;
  readonly deliveryModel: ClassFiledData['deliveryModel'];
  readonly brand: TrainingBrand | null;
  readonly subsidised: boolean;
  /** The first and last sitting's days. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** Theory and practice over every sitting. */
  readonly hours: number;
}
