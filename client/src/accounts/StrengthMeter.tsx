import { checkPassword, describeMissing, strengthLabels } from '@portail/shared/accounts/password';
import { createEffect, createMemo, createSignal, Index, on, onCleanup, Show } from 'solid-js';

/** Quiet time before the meter's news is read aloud: not a word at every keystroke. */
const ANNOUNCE_AFTER_MS = 1_200;

/**
 * The CNIL policy's live verdict under «Nouveau mot de passe»: a bar, its label and what is still missing.
 * The field is described by it; screen readers hear it politely once typing pauses.
 */
export function StrengthMeter(props: { id: string; password: string; personal: string[] }) {
  const verdict = createMemo(() => checkPassword(props.password, props.personal));
  const label = () => strengthLabels[verdict().strength];
  const advice = () => describeMissing(verdict());
  const [spoken, setSpoken] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => props.password,
      (password) => {
        clearTimeout(timer);
        if (!password) return setSpoken('');
        timer = setTimeout(() => setSpoken(`Robustesse : ${label()}. ${advice()}`), ANNOUNCE_AFTER_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));

  return (
    <div class="strength" data-strength={props.password ? verdict().strength : undefined}>
      <div class="strength__bar" aria-hidden="true">
        <Index each={[1, 2, 3, 4]}>
          {(step) => (
            <span
              class="strength__step"
              classList={{ 'strength__step--on': Boolean(props.password) && verdict().strength >= step() }}
            />
          )}
        </Index>
      </div>
      <div id={props.id}>
        <Show
          when={props.password}
          fallback={<p class="strength__text">Robustesse : aucun mot de passe saisi.</p>}
        >
          <p class="strength__text">
            Robustesse : <strong>{label()}</strong>
          </p>
          <p class="strength__text" classList={{ 'strength__text--ok': verdict().acceptable }}>
            {advice()}
          </p>
        </Show>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {spoken()}
      </p>
    </div>
  );
}
