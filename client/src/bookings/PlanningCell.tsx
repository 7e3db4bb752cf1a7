import { type CellView, cellView } from '@portail/shared/bookings/grid';
import { formatDayShortFr, unsentLabel } from '@portail/shared/bookings/labels';
import type { PlanningContext, UnitRules } from '@portail/shared/bookings/planning';
import { createMemo, Show } from 'solid-js';
import type { DraftStore } from './draft.ts';
import { pictureOfCell, StateIcon } from './StateIcon.tsx';

type CellProps = {
  ctx: PlanningContext;
  date: string;
  unit: UnitRules;
  draft: DraftStore;
  now: () => Date;
  onToggle: (date: string, unit: UnitRules) => void;
};

const isDraft = (view: CellView) => view.icon.startsWith('draft_');

/**
 * One day × unit. Its words are read as one name, «lun. 07/12 – Accueil matin : Réservation acceptée»; on a
 * phone the unit and the state are also visible, on a wide screen the column header and the icon say them.
 */
function CellContent(props: { date: string; unit: UnitRules; view: CellView }) {
  const picture = () => pictureOfCell(props.view.icon);
  return (
    <>
      <span class="visually-hidden">{formatDayShortFr(props.date)} – </span>
      <span class="cell__unit">{props.unit.name}</span>
      <span class="visually-hidden"> : </span>
      <span class="cell__picture">
        <Show when={picture()}>{(p) => <StateIcon picture={p()} />}</Show>
      </span>
      <span class="cell__state">
        {props.view.label}
        <Show when={isDraft(props.view)}> ({unsentLabel.toLowerCase()})</Show>
      </span>
    </>
  );
}

export function PlanningCell(props: CellProps) {
  const view = createMemo(() =>
    cellView(props.ctx, props.date, props.unit, props.draft.draft(), props.now()),
  );
  return (
    <Show
      when={view().clickable}
      fallback={
        <span class={`cell cell--off cell--${view().icon}`} title={view().label}>
          <CellContent date={props.date} unit={props.unit} view={view()} />
        </span>
      }
    >
      <button
        type="button"
        class={`cell cell--${view().icon}`}
        classList={{ 'cell--draft': isDraft(view()) }}
        aria-pressed={isDraft(view())}
        onClick={() => props.onToggle(props.date, props.unit)}
      >
        <CellContent date={props.date} unit={props.unit} view={view()} />
      </button>
    </Show>
  );
}
