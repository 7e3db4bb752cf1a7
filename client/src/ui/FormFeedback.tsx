import { Show } from 'solid-js';
import './ui.css';

/** Where a form says what went wrong as a whole; the form points at it with aria-describedby. */
export function FormAlert(props: { id: string; message: string }) {
  return (
    <div id={props.id} role="alert" class="form__alert">
      <Show when={props.message}>
        <p class="notice notice--error">{props.message}</p>
      </Show>
    </div>
  );
}

/** Where a form says it is done, read politely (the region is there before the message). */
export function FormStatus(props: { message: string }) {
  return (
    <div role="status" class="form__status">
      <Show when={props.message}>
        <p class="notice notice--success">{props.message}</p>
      </Show>
    </div>
  );
}
