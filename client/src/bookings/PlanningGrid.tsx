import { dayStatus } from '@portail/shared/bookings/availability';
import { formatDayShortFr } from '@portail/shared/bookings/labels';
import type { PlanningContext, UnitRules } from '@portail/shared/bookings/planning';
import { For, Show } from 'solid-js';
import type { DraftStore } from './draft.ts';
import { PlanningCell } from './PlanningCell.tsx';
import { StateIcon } from './StateIcon.tsx';
import { type UnitChoice, UnitMenu } from './UnitMenu.tsx';
import type { Week } from './weeks.ts';

type Props = {
  ctx: PlanningContext;
  week: Week;
  draft: DraftStore;
  now: () => Date;
  onToggle: (date: string, unit: UnitRules) => void;
  onUnitChoice: (unit: UnitRules, choice: UnitChoice) => void;
};

/**
 * One week of the planning: a row per day, a column per unit on a wide screen; on a phone each day is a card
 * with one button per unit. The same elements either way, only the CSS changes.
 */
export function PlanningGrid(props: Props) {
  const units = () => [...props.ctx.units].sort((a, b) => a.position - b.position);
  return (
    <div class="grid" style={{ '--units': String(units().length) }}>
      <div class="grid__head">
        <span class="grid__corner" aria-hidden="true">
          Jour
        </span>
        <p class="grid__hint">Pour sélectionner plusieurs jours, choisissez une unité :</p>
        <For each={units()}>
          {(unit) => (
            <div class="grid__unit">
              <UnitMenu unit={unit} onChoose={props.onUnitChoice} />
              <span class="grid__hours">
                {unit.startTime.replace(':', 'h')}–{unit.endTime.replace(':', 'h')}
              </span>
            </div>
          )}
        </For>
      </div>
      <ul class="grid__days">
        <For each={props.week.days}>
          {(date) => {
            const status = () => dayStatus(props.ctx, date);
            const closedLabel = () => {
              const day = status();
              return day.open ? '' : day.label;
            };
            return (
              <li class="grid__day">
                <p class="grid__date">{formatDayShortFr(date)}</p>
                <Show
                  when={status().open}
                  fallback={
                    <p class="grid__closed">
                      <StateIcon picture="closed" />
                      {closedLabel()}
                    </p>
                  }
                >
                  <For each={units()}>
                    {(unit) => (
                      <PlanningCell
                        ctx={props.ctx}
                        date={date}
                        unit={unit}
                        draft={props.draft}
                        now={props.now}
                        onToggle={props.onToggle}
                      />
                    )}
                  </For>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
    </div>
  );
}
