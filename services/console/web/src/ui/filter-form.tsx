import type { ComponentChildren } from 'preact';

/** A register's filters: its fields, then one button that runs the search (Enter in a field runs it too). */
export function FilterForm(props: {
  label: string;
  submit: string;
  onSearch: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class="form"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSearch();
      }}
    >
      {props.children}
      <button type="submit" class="secondary">
        {props.submit}
      </button>
    </form>
  );
}
