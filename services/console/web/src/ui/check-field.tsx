/** A labelled checkbox for a yes-or-no choice, laid out as a field among the others. */
export function CheckField(props: { label: string; checked: boolean; onChecked: (checked: boolean) => void }) {
  return (
    <div class="field field-check">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChecked(event.currentTarget.checked)}
        />{' '}
        {props.label}
      </label>
    </div>
  );
}
