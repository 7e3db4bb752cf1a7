import { createSignal, Show } from 'solid-js';
import { formatDate, formatDateTime } from '../app/dates.ts';
import { type Facility, formatLevels, formatWeekdays, type Period } from './format.ts';
import { PeriodForm } from './PeriodForm.tsx';

type Props = { facility: Facility; period: Period; canEdit: boolean; onSaved: () => void };

/** A period: its dates, days, levels and booking window; an admin edits it in place. */
export function PeriodCard(props: Props) {
  const [editing, setEditing] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  const close = () => {
    setEditing(false);
    queueMicrotask(() => editButton?.focus());
  };
  const p = () => props.period;
  return (
    <li class="setup-card">
      <Show
        when={editing()}
        fallback={
          <>
            <h4 class="setup-card__title">{p().name}</h4>
            <dl class="setup-facts">
              <dt>Dates</dt>
              <dd>
                du {formatDate(p().startDate)} au {formatDate(p().endDate)}
              </dd>
              <dt>Jours</dt>
              <dd>{formatWeekdays(p().weekdays)}</dd>
              <dt>Niveaux</dt>
              <dd>{formatLevels(p().schoolLevels)}</dd>
              <dt>Réservations</dt>
              <dd>
                du {formatDateTime(p().bookingOpensAt)} au {formatDateTime(p().bookingClosesAt)}
              </dd>
            </dl>
            <Show when={props.canEdit}>
              <button
                ref={editButton}
                type="button"
                class="button button--secondary button--small"
                onClick={() => setEditing(true)}
              >
                Modifier <span class="visually-hidden">la période {p().name}</span>
              </button>
            </Show>
          </>
        }
      >
        <PeriodForm
          facility={props.facility}
          period={p()}
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
