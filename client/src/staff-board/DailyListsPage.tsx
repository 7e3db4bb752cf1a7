import { useSearchParams } from '@solidjs/router';
import { createMemo } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { createSetup } from '../staff-bookings/data.ts';
import { FacilityGate } from './FacilityGate.tsx';
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
      <FacilityGate setup={setup} facility={facility()}>
        {(f, data) => (
          <>
            <PresenceSection
              setup={data()}
              facility={f()}
              date={date()}
              onFacility={(id) => setSearch({ etablissement: id })}
              onDate={(jour) => setSearch({ jour })}
            />
            <MealsSection setup={data()} week={week()} onWeek={(monday) => setSearch({ semaine: monday })} />
          </>
        )}
      </FacilityGate>
    </div>
  );
}
