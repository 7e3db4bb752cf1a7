import { weekdayNameFr } from '@portail/shared/bookings/labels';
import type { UnitRules } from '@portail/shared/bookings/planning';
import { createEffect, createSignal, createUniqueId, For, Show } from 'solid-js';
import '../ui/ui.css';

export type AutoScope = 'period' | 'week';

type Props = {
  unit: UnitRules | undefined;
  /** The weekdays the period runs on; the dialog offers those the unit runs on too. */
  periodWeekdays: number[];
  onApply: (unit: UnitRules, weekdays: number[], scope: AutoScope) => void;
  onClose: () => void;
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * « Sélection automatique des jours » (guide §4): tick the weekdays, choose « Sur toute la période » or
 * « Uniquement sur la semaine affichée », « Valider ». A native modal <dialog>: Escape closes it, the page
 * behind is inert, and the focus goes back to the unit's button.
 */
export function AutoSelectDialog(props: Props) {
  let dialog: HTMLDialogElement | undefined;
  let opener: HTMLElement | null = null;
  const titleId = `auto-${createUniqueId()}`;
  const errorId = `${titleId}-error`;
  const [error, setError] = createSignal('');

  const weekdays = () => props.periodWeekdays.filter((d) => props.unit?.weekdays.includes(d)).sort();

  createEffect(() => {
    if (!dialog) return;
    if (props.unit && !dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setError('');
      dialog.querySelector('form')?.reset();
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input')?.focus();
    } else if (!props.unit && dialog.open) {
      dialog.close();
    }
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const unit = props.unit;
    if (!unit) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const days = data.getAll('weekday').map(Number);
    if (days.length === 0) {
      setError('Cochez au moins un jour de la semaine.');
      dialog?.querySelector<HTMLInputElement>('input[name="weekday"]')?.focus();
      return;
    }
    props.onApply(unit, days, data.get('scope') === 'week' ? 'week' : 'period');
    dialog?.close();
  };

  return (
    <dialog
      ref={dialog}
      class="dialog auto-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        opener?.focus();
        props.onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} class="dialog__title">
          Sélection automatique des jours
          <span class="auto-dialog__unit"> – {props.unit?.name}</span>
        </h2>
        <fieldset class="choices" aria-describedby={error() ? errorId : undefined}>
          <legend class="choices__legend">Cochez les jours souhaités</legend>
          <For each={weekdays()}>
            {(day) => (
              <label class="choice">
                <input type="checkbox" name="weekday" value={day} />
                {capitalised(weekdayNameFr(day))}
              </label>
            )}
          </For>
          <Show when={error()}>
            <p class="field__error" id={errorId}>
              {error()}
            </p>
          </Show>
        </fieldset>
        <fieldset class="choices">
          <legend class="choices__legend">Appliquer votre choix</legend>
          <label class="choice">
            <input type="radio" name="scope" value="period" checked />
            Sur toute la période
          </label>
          <label class="choice">
            <input type="radio" name="scope" value="week" />
            Uniquement sur la semaine affichée
          </label>
        </fieldset>
        <div class="dialog__actions">
          <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
            Annuler
          </button>
          <button type="submit" class="button">
            Valider
          </button>
        </div>
      </form>
    </dialog>
  );
}
