import { createSignal, Show } from 'solid-js';
import { formatPrice, formatRule, formatWeekdays, type Unit } from './format.ts';
import { UnitForm } from './UnitForm.tsx';

type Props = {
  facilityId: number;
  unit: Unit & { priceCents: number; includesMeal: boolean };
  canEdit: boolean;
  onSaved: () => void;
};

/** A unit as staff read it, the processing delays in the guide's words; an admin edits it in place. */
export function UnitCard(props: Props) {
  const [editing, setEditing] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  const close = () => {
    setEditing(false);
    queueMicrotask(() => editButton?.focus());
  };
  const u = () => props.unit;
  return (
    <li class="setup-card">
      <Show
        when={editing()}
        fallback={
          <>
            <h4 class="setup-card__title">
              {u().name} <span class="setup-card__code">({u().code})</span>
            </h4>
            <dl class="setup-facts">
              <dt>Horaires</dt>
              <dd>
                {u().startTime}–{u().endTime}
              </dd>
              <dt>Jours</dt>
              <dd>{formatWeekdays(u().weekdays)}</dd>
              <dt>Capacité par jour</dt>
              <dd>{u().dailyCapacity}</dd>
              <dt>Réservation</dt>
              <dd>{formatRule(u().bookAcceptUntil, u().bookRequestUntil)}</dd>
              <dt>Annulation</dt>
              <dd>{formatRule(u().cancelAcceptUntil, u().cancelRequestUntil)}</dd>
              <dt>Prix</dt>
              <dd>
                {formatPrice(u().priceCents)}
                {u().includesMeal ? ', repas compris' : ''}
              </dd>
            </dl>
            <Show when={props.canEdit}>
              <button
                ref={editButton}
                type="button"
                class="button button--secondary button--small"
                onClick={() => setEditing(true)}
              >
                Modifier <span class="visually-hidden">l’unité {u().name}</span>
              </button>
            </Show>
          </>
        }
      >
        <UnitForm
          facilityId={props.facilityId}
          unit={u()}
          onSaved={() => {
            props.onSaved();
            close();
          }}
          onCancel={close}
        />
      </Show>
    </li>
  );
}
