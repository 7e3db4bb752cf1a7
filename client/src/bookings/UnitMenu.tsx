import type { UnitRules } from '@portail/shared/bookings/planning';
import { createSignal, createUniqueId, onCleanup, onMount } from 'solid-js';

export type UnitChoice = 'period' | 'week' | 'auto';

const options: { choice: UnitChoice; label: string }[] = [
  { choice: 'period', label: 'Sélectionnez les jours de la période' },
  { choice: 'week', label: "Sélectionnez les jours affichés à l'écran" },
  { choice: 'auto', label: 'Sélection automatique des jours' },
];

/**
 * « Cliquez sur le bouton de la journée (matinée, après-midi, etc.) pour afficher les options » (guide §4):
 * a disclosure named after the unit, closed by Escape, by a click elsewhere or when the focus leaves it.
 */
export function UnitMenu(props: {
  unit: UnitRules;
  onChoose: (unit: UnitRules, choice: UnitChoice) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const listId = `unit-menu-${createUniqueId()}`;
  let root: HTMLDivElement | undefined;
  let toggle: HTMLButtonElement | undefined;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle?.focus();
  };
  const onDocumentClick = (event: MouseEvent) => {
    if (open() && root && !root.contains(event.target as Node)) close(false);
  };
  onMount(() => document.addEventListener('click', onDocumentClick));
  onCleanup(() => document.removeEventListener('click', onDocumentClick));

  const choose = (choice: UnitChoice) => {
    close(true); // the dialog, if any, then takes the focus and gives it back to this button
    props.onChoose(props.unit, choice);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus-out from the button or its items
    <div
      ref={root}
      class="unit-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open()) {
          event.stopPropagation();
          close(true);
        }
      }}
      onFocusOut={(event) => {
        if (open() && !root?.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="unit-menu__toggle"
        aria-expanded={open()}
        aria-controls={listId}
        onClick={() => setOpen(!open())}
      >
        {props.unit.name}
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" />
        </svg>
      </button>
      <ul id={listId} class="unit-menu__list" hidden={!open()}>
        {options.map((option) => (
          <li>
            <button type="button" class="unit-menu__item" onClick={() => choose(option.choice)}>
              {option.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
