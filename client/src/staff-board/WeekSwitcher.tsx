import { addDays, mondayOf } from '@portail/shared/bookings/calendar';
import { today, weekOf } from './week.ts';

/** «Semaine précédente», the week shown (announced when it changes), «Semaine suivante», «Cette semaine». */
export function WeekSwitcher(props: { monday: string; onChange: (monday: string) => void }) {
  const thisWeek = () => mondayOf(today());
  return (
    <div class="week-switcher no-print">
      <p class="week-switcher__label" aria-live="polite">
        {weekOf(props.monday).label}
      </p>
      <div class="week-switcher__buttons">
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => props.onChange(addDays(props.monday, -7))}
        >
          <span aria-hidden="true">‹</span> Semaine précédente
        </button>
        <button
          type="button"
          class="button button--secondary button--small"
          aria-disabled={props.monday === thisWeek()}
          onClick={() => props.monday !== thisWeek() && props.onChange(thisWeek())}
        >
          Cette semaine
        </button>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => props.onChange(addDays(props.monday, 7))}
        >
          Semaine suivante <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
  );
}
