import { applyWeekdays, toggleCell } from '@portail/shared/bookings/grid';
import { legend, unsentLabel } from '@portail/shared/bookings/labels';
import type { PlanningContext, UnitRules } from '@portail/shared/bookings/planning';
import { createSignal, Show } from 'solid-js';
import { type AutoScope, AutoSelectDialog } from './AutoSelectDialog.tsx';
import type { DraftStore } from './draft.ts';
import { type BookingLegendItem, Legend } from './Legend.tsx';
import { PlanningGrid } from './PlanningGrid.tsx';
import type { UnitChoice } from './UnitMenu.tsx';
import { WeekNav } from './WeekNav.tsx';
import type { Week } from './weeks.ts';
import './planning.css';

const legendItems: BookingLegendItem[] = [
  { picture: 'free', label: 'Disponible : cliquez pour réserver' },
  ...legend.planning.map((item) => ({ picture: item.icon, label: item.label })),
  {
    picture: 'draft',
    label: `Case en pointillés : ${unsentLabel.toLowerCase()}`,
    note: '(pas encore envoyée)',
  },
];

type Props = {
  ctx: PlanningContext;
  weeks: Week[];
  weekIndex: number;
  onWeek: (index: number) => void;
  draft: DraftStore;
  now: () => Date;
  onValidate: () => void;
  error: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Guide §4 «Le planning ouvert à la réservation»: clicks, multi-day selections, legend, «Valider le planning». */
export function PlanningStep(props: Props) {
  const [status, setStatus] = createSignal('');
  const [autoUnit, setAutoUnit] = createSignal<UnitRules>();
  const week = () => props.weeks[props.weekIndex] as Week;

  const addDays = (unit: UnitRules, weekdays: readonly number[], scope: AutoScope) => {
    const before = props.draft.count();
    const range =
      scope === 'week' ? week().range : { from: props.ctx.period.startDate, to: props.ctx.period.endDate };
    props.draft.update((draft) => applyWeekdays(props.ctx, draft, unit, weekdays, range, props.now()));
    const added = props.draft.count() - before;
    setStatus(
      added > 0
        ? `${unit.name} : ${plural(added, 'jour ajouté', 'jours ajoutés')} à votre sélection.`
        : `${unit.name} : aucun autre jour ne peut être ajouté.`,
    );
  };
  const onUnitChoice = (unit: UnitRules, choice: UnitChoice) => {
    if (choice === 'auto') return setAutoUnit(unit);
    addDays(unit, [1, 2, 3, 4, 5, 6, 7], choice);
  };
  const onToggle = (date: string, unit: UnitRules) => {
    setStatus('');
    props.draft.update((draft) => toggleCell(props.ctx, draft, date, unit, props.now()));
  };

  return (
    <section class="planning" aria-labelledby="planning-title">
      <div class="planning__top">
        <h2 id="planning-title" class="planning__title">
          Planning
        </h2>
        <Legend items={legendItems} />
      </div>
      <WeekNav weeks={props.weeks} index={props.weekIndex} onChange={props.onWeek} />
      <PlanningGrid
        ctx={props.ctx}
        week={week()}
        draft={props.draft}
        now={props.now}
        onToggle={onToggle}
        onUnitChoice={onUnitChoice}
      />
      <p role="status" class="planning__status">
        {status()}
      </p>
      <AutoSelectDialog
        unit={autoUnit()}
        periodWeekdays={props.ctx.period.weekdays}
        onApply={addDays}
        onClose={() => setAutoUnit(undefined)}
      />
      <div class="planning__footer">
        <p class="planning__count">
          {props.draft.count() === 0
            ? 'Aucune date sélectionnée.'
            : `${plural(props.draft.count(), 'date sélectionnée', 'dates sélectionnées')}, à confirmer.`}
        </p>
        <Show when={props.error}>
          <p class="notice notice--error" role="alert" id="planning-error">
            {props.error}
          </p>
        </Show>
        <button type="button" class="button" onClick={() => props.onValidate()}>
          Valider le planning
        </button>
      </div>
    </section>
  );
}
