import { sichuanRegion, skillLevel, skillLevelKeys } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { useHonourChoices, useRegionChoices } from '../../ui/choices.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { OccupationPicker } from '../../ui/occupation-picker.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { brandNames, trainingKindNames } from '../training/training-names.ts';
import { medalNames } from '../worker/worker-messages.ts';
import type { PoolFilter } from './pool-filter.ts';
import { industryNames, poolMessages } from './talent-pool-messages.ts';

export interface PoolFilterFormProps {
  readonly filter: PoolFilter;
  readonly onFilter: (filter: PoolFilter) => void;
  readonly onSearch: () => void;
  readonly onReset: () => void;
  readonly errors: Readonly<Record<string, string>>;
  /** The 市(州) an hr token is limited to: the region filter is fixed to it. */
  readonly scopedRegion: string | undefined;
}

/** The talent pool's filters; every choice the API knows is offered, and a bad value is named beside its field. */
export function PoolFilterForm({ filter, onFilter, onSearch, onReset, errors, scopedRegion }: PoolFilterFormProps) {
  const t = useMessages(poolMessages);
  const industries = useMessages(industryNames);
  const medals = useMessages(medalNames);
  const regions = useRegionChoices();
  const honours = useHonourChoices();
  const trainingKinds = useMessages(trainingKindNames);
  const brands = useMessages(brandNames);
  const field = bindFields(filter, onFilter, errors);
  const regionName = scopedRegion ? (sichuanRegion(scopedRegion)?.name ?? scopedRegion) : undefined;
  return (
    <form
      class="form pool-filters"
      aria-labelledby="pool-filters-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      <h2 id="pool-filters-title">{t.filters}</h2>
      <OccupationPicker label={t.occupation} hint={t.occupationHint} {...field('occupation')} />
      <SelectField
        label={t.minLevel}
        anyLabel={t.any}
        options={skillLevelKeys.map((key) => [key, skillLevel(key).label])}
        {...field('minLevel')}
      />
      <SelectField
        label={t.region}
        anyLabel={t.any}
        disabled={scopedRegion !== undefined}
        hint={regionName ? t.regionScoped(regionName) : undefined}
        options={regions}
        {...field('region')}
      />
      <SelectField label={t.industry} anyLabel={t.any} options={Object.entries(industries)} {...field('industry')} />
      <SelectField label={t.honour} anyLabel={t.any} options={honours} {...field('honour')} />
      <SelectField label={t.medal} anyLabel={t.any} options={Object.entries(medals)} {...field('medal')} />
      <TextField label={t.certifiedFrom} type="date" {...field('certifiedFrom')} />
      <TextField label={t.certifiedTo} type="date" {...field('certifiedTo')} />
      <CheckField
        label={t.highSkill}
        checked={filter.highSkill}
        onChecked={(highSkill) => onFilter({ ...filter, highSkill })}
      />
      <fieldset class="pool-training" aria-describedby="pool-training-hint">
        <legend>{t.training}</legend>
        <p id="pool-training-hint" class="field-hint">
          {t.trainingHint}
        </p>
        <OccupationPicker label={t.trainedOccupation} hint={t.occupationHint} {...field('trainedOccupation')} />
        <SelectField
          label={t.trainingKind}
          anyLabel={t.any}
          options={Object.entries(trainingKinds)}
          {...field('trainingKind')}
        />
        <SelectField
          label={t.trainingBrand}
          anyLabel={t.any}
          options={Object.entries(brands)}
          {...field('trainingBrand')}
        />
        <TextField label={t.trainedFrom} type="date" {...field('trainedFrom')} />
        <TextField label={t.trainedTo} type="date" {...field('trainedTo')} />
      </fieldset>
      <SelectField
        label={t.sort}
        value={filter.sort}
        onValue={(value) => onFilter({ ...filter, sort: value === 'recent' ? 'recent' : 'level' })}
        options={[
          ['level', t.sortLevel],
          ['recent', t.sortRecent],
        ]}
      />
      <div class="form-actions">
        <button type="submit" class="primary">
          {t.search}
        </button>
        <button type="button" class="secondary" onClick={onReset}>
          {t.reset}
        </button>
      </div>
    </form>
  );
}
