import './ui.css';

/** Announced politely, so a screen reader user knows the page is still filling in. */
export function Loading(props: { label: string }) {
  return (
    <p class="loading" role="status">
      <span class="loading__spinner" aria-hidden="true" />
      {props.label}
    </p>
  );
}
