import { formatDayFr } from '@portail/shared/bookings/labels';
import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { useLiveRefresh } from '../live/refresh.ts';
import type { Setup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createMeals, type Meals } from './data.ts';
import { downloadFile } from './download.ts';
import { ListActions } from './ListActions.tsx';
import { printSection } from './print.ts';
import { WeekSwitcher } from './WeekSwitcher.tsx';
import { type BoardWeek, daysOf } from './week.ts';

type Props = { setup: Setup; week: BoardWeek; onWeek: (monday: string) => void };

/** «Effectifs restauration»: the meals to prepare per day and facility over a week, for the kitchen. */
export function MealsSection(props: Props) {
  let section: HTMLElement | undefined;
  const meals = createMeals(() => ({ from: props.week.monday, to: props.week.sunday }));
  const mealUnits = createMemo(
    () =>
      new Set(props.setup.facilities.flatMap((f) => f.units.filter((u) => u.includesMeal).map((u) => u.id))),
  );
  useLiveRefresh(['occupancy.changed'], meals.retry, (event) =>
    event.cells.some(
      (c) => mealUnits().has(c.unitId) && c.date >= props.week.monday && c.date <= props.week.sunday,
    ),
  );
  const download = () =>
    downloadFile(
      `/files/exports/restauration.csv?${new URLSearchParams({ from: props.week.monday, to: props.week.sunday })}`,
      `effectifs-restauration-${props.week.monday}-au-${props.week.sunday}.csv`,
    );

  return (
    <section ref={section} class="daily-list print-section" aria-labelledby="meals-title">
      <h2 id="meals-title">Effectifs restauration</h2>
      <WeekSwitcher monday={props.week.monday} onChange={props.onWeek} />
      <ListActions
        what="les effectifs restauration"
        onPrint={() => printSection(section)}
        onDownload={download}
      />
      <Switch fallback={<Loading label="Chargement des effectifs…" />}>
        <Match when={meals.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={meals.retry} busy={meals.loading()} />}
        </Match>
        <Match when={meals.data()}>
          {(data) => <MealsTable setup={props.setup} week={props.week} meals={data()} />}
        </Match>
      </Switch>
    </section>
  );
}

function MealsTable(props: { setup: Setup; week: BoardWeek; meals: Meals }) {
  /** Facilities serving meals (from setup), plus any the counts name. */
  const facilities = createMemo(() => {
    const names = props.setup.facilities
      .filter((f) => f.units.some((u) => u.includesMeal))
      .map((f) => f.name);
    for (const row of props.meals) if (!names.includes(row.facility)) names.push(row.facility);
    return names;
  });
  const days = createMemo(() => {
    const withMeals = new Set(props.meals.map((m) => m.date));
    return daysOf(props.week.monday, [1, 2, 3, 4, 5, 6, 7]).filter(
      (d, i) => i < 5 || withMeals.has(d), // the weekend only when meals are served then
    );
  });
  const count = (date: string, facility: string) =>
    props.meals.find((m) => m.date === date && m.facility === facility)?.meals ?? 0;
  const dayTotal = (date: string) => facilities().reduce((sum, f) => sum + count(date, f), 0);
  const facilityTotal = (facility: string) => days().reduce((sum, d) => sum + count(d, facility), 0);
  const total = () => days().reduce((sum, d) => sum + dayTotal(d), 0);
  return (
    <Show
      when={facilities().length > 0}
      fallback={<p class="notice notice--info">Aucun établissement ne sert de repas.</p>}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="meals-caption">
        <table class="table daily-list__table">
          <caption id="meals-caption" class="board__caption">
            Repas par jour et par établissement – {props.week.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Jour</th>
              <For each={facilities()}>{(f) => <th scope="col">{f}</th>}</For>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            <For each={days()}>
              {(date) => (
                <tr>
                  <th scope="row" class="table__nowrap">
                    {formatDayFr(date)}
                  </th>
                  <For each={facilities()}>{(f) => <td class="board__number">{count(date, f)}</td>}</For>
                  <td class="board__number board__total-cell">{dayTotal(date)}</td>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total de la semaine</th>
              <For each={facilities()}>{(f) => <td class="board__number">{facilityTotal(f)}</td>}</For>
              <td class="board__number board__total-cell">{total()}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    </Show>
  );
}
