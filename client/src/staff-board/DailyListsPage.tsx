import { useSearchParams } from '@solidjs/router';
import { createMemo, Match, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { createSetup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { facilityOf } from './facilities.ts';
import { MealsSection } from './MealsSection.tsx';
import { PresenceSection } from './PresenceSection.tsx';
import { dateOr, today, weekOf } from './week.ts';
import './board.css';

type Search = { etablissement?: string; jour?: string; semaine?: string };

/**
 * /agents/listes: the lists the field needs each day, to print or open in a spreadsheet: «Liste de présence»
 * (one facility, one day) and «Effectifs restauration» (every facility, one week). Choices live in the address.
 */
export function DailyListsPage() {
  usePageTitle(() => 'Listes du jour');
  const [search, setSearch] = useSearchParams<Search>();
  const setup = createSetup();
  const facility = createMemo(() => facilityOf(setup.data(), search.etablissement));
  const date = () => dateOr(search.jour, today());
  const week = createMemo(() => weekOf(dateOr(search.semaine, today())));
  return (
    <div class="container page board print-page">
      <h1>Listes du jour</h1>
      <Switch fallback={<Loading label="Chargement des établissements…" />}>
        <Match when={setup.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={setup.retry} busy={setup.loading()} />}
        </Match>
        <Match when={setup.data() && !facility()}>
          <p class="notice notice--info">Aucun établissement n'est encore configuré.</p>
        </Match>
        <Match when={setup.data() && facility()}>
          {(f) => (
            <>
              <PresenceSection
                setup={setup.data() ?? { facilities: [], closures: [] }}
                facility={f()}
                date={date()}
                onFacility={(id) => setSearch({ etablissement: id })}
                onDate={(jour) => setSearch({ jour })}
              />
              <MealsSection
                setup={setup.data() ?? { facilities: [], closures: [] }}
                week={week()}
                onWeek={(monday) => setSearch({ semaine: monday })}
              />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
