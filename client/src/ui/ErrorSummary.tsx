import { createEffect, createUniqueId, For, on } from 'solid-js';
import './ui.css';

export type FieldError = { id: string; message: string };

/**
 * The list of what to correct, above a long form (GOV.UK / DSFR pattern): it takes focus after each refused
 * submit (`attempt`), and each line leads to its field.
 */
export function ErrorSummary(props: { errors: FieldError[]; attempt: number }) {
  let box: HTMLElement | undefined;
  const titleId = `errors-${createUniqueId()}`;
  createEffect(
    on(
      () => props.attempt,
      () => box?.focus(),
    ),
  );
  const goTo = (event: MouseEvent, id: string) => {
    event.preventDefault(); // the router would take «#id» for a navigation
    document.getElementById(id)?.focus();
  };
  const count = () => props.errors.length;
  return (
    <section ref={box} class="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} class="error-summary__title">
        {count() === 1 ? 'Le formulaire contient une erreur' : `Le formulaire contient ${count()} erreurs`}
      </h2>
      <ul class="error-summary__list">
        <For each={props.errors}>
          {(error) => (
            <li>
              <a href={`#${error.id}`} onClick={(event) => goTo(event, error.id)}>
                {error.message}
              </a>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
