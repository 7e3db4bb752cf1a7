import { useSearchParams } from '@solidjs/router';
import { createMemo, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { createSetup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { createOccupancy } from './data.ts';
import { FacilityGate } from './FacilityGate.tsx';
import { facilityOf, facilityOptions, unitsOf } from './facilities.ts';
import { OccupancyTable } from './OccupancyTable.tsx';
import { WeekSwitcher } from './WeekSwitcher.tsx';
import { dateOr, today, weekOf } from './week.ts';
import './board.css';

type Search = { etablissement?: string; semaine?: string };

/**
 * /agents/occupation: per facility and week, the places booked and the requests waiting, against each unit's
 * daily capacity. The facility and week are in the address, so a reload or a shared link shows the same.
 */
export function OccupancyPage() {
  usePageTitle(() => 'Occupation des accueils');
  const [search, setSearch] = useSearchParams<Search>();
  const setup = createSetup();
  const facility = createMemo(() => facilityOf(setup.data(), search.etablissement));
  const week = createMemo(() => weekOf(dateOr(search.semaine, today())));
  const occupancy = createOccupancy(() => {
    const f = facility();
    return f && { facilityId: f.id, from: week().monday, to: week().sunday };
  });

  const unitIds = createMemo(() => new Set(unitsOf(facility()).map((u) => u.id)));
  useLiveRefresh(['occupancy.changed'], occupancy.retry, (event) =>
    event.cells.some((c) => unitIds().has(c.unitId) && c.date >= week().monday && c.date <= week().sunday),
  );

  return (
    <div class="container page board print-page">
      <h1>Occupation des accueils</h1>
      <FacilityGate setup={setup} facility={facility()}>
        {(f) => (
          <>
            <form class="board__filters no-print" onSubmit={(event) => event.preventDefault()}>
              <SelectField
                id="board-facility"
                label="Établissement"
                options={facilityOptions(setup.data())}
                value={String(f().id)}
                onChange={(event) => setSearch({ etablissement: event.currentTarget.value })}
              />
            </form>
            <WeekSwitcher monday={week().monday} onChange={(monday) => setSearch({ semaine: monday })} />
            <Switch fallback={<Loading label="Chargement de l'occupation…" />}>
              <Match when={occupancy.error()}>
                {(message) => (
                  <ErrorNotice message={message()} onRetry={occupancy.retry} busy={occupancy.loading()} />
                )}
              </Match>
              <Match when={occupancy.data()}>
                {(data) => (
                  <Show
                    when={data().units.length > 0}
                    fallback={<p class="notice notice--info">Cet établissement n'a aucune unité.</p>}
                  >
                    <OccupancyTable facility={f().name} week={week()} occupancy={data()} />
                  </Show>
                )}
              </Match>
            </Switch>
          </>
        )}
      </FacilityGate>
    </div>
  );
}
