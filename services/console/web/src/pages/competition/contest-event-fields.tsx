import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { OccupationPicker } from '../../ui/occupation-picker.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { ContestEventDraft } from './competition-drafts.ts';
import { certifiedLevelKeys, competitionLabels, trackKeys } from './competition-labels.ts';
import { competitionMessages } from './competition-messages.ts';

export const emptyContestEvent: ContestEventDraft = {
  contestEventId: '',
  name: '',
  occupationCode: '',
  workType: '',
  level: 'level3',
  teamSize: '1',
  track: 'employee',
};

interface Props {
  readonly index: number;
  readonly draft: ContestEventDraft;
  readonly onDraft: (draft: ContestEventDraft) => void;
  readonly onRemove: (() => void) | null;
  /** Field errors by the registration's paths (`contestEvents.0.name`). */
  readonly errors: Record<string, string>;
}

/** One contest event (项目) of a registration: its occupation from the catalogue, level, team size and track. */
export function ContestEventFields({ index, draft, onDraft, onRemove, errors }: Props) {
  const t = useMessages(competitionMessages);
  const labels = competitionLabels(useLang().lang);
  const field = (key: keyof ContestEventDraft) => ({
    value: draft[key],
    onValue: (value: string) => onDraft({ ...draft, [key]: value }),
    error: errors[`contestEvents.${index}.${key}`],
  });
  return (
    <fieldset class="form">
      <legend>{t.eventTitle(index + 1)}</legend>
      <TextField label={t.contestEventId} autoComplete="off" {...field('contestEventId')} />
      <TextField label={t.eventName} {...field('name')} />
      <OccupationPicker label={t.occupation} hint={t.occupationHint} {...field('occupationCode')} />
      <TextField label={t.workType} hint={t.workTypeHint} {...field('workType')} />
      <SelectField
        label={t.level}
        options={certifiedLevelKeys.map((level) => [level, labels.level(level)] as const)}
        {...field('level')}
      />
      <TextField label={t.teamSize} inputMode="numeric" maxLength={2} {...field('teamSize')} />
      <SelectField label={t.track} options={trackKeys.map((k) => [k, labels.track(k)] as const)} {...field('track')} />
      {onRemove ? (
        <button type="button" class="secondary" onClick={onRemove}>
          {t.removeEvent(index + 1)}
        </button>
      ) : null}
    </fieldset>
  );
}
