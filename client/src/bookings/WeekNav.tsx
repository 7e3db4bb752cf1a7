import type { Week } from './weeks.ts';

/**
 * «Semaine du lun. 07/12 au ven. 11/12», between the previous and next week buttons. At either end a button
 * is only marked unavailable (aria-disabled), so that the focus stays on it.
 */
export function WeekNav(props: { weeks: Week[]; index: number; onChange: (index: number) => void }) {
  const first = () => props.index === 0;
  const last = () => props.index >= props.weeks.length - 1;
  return (
    <div class="week-nav">
      <p class="week-nav__label" aria-live="polite">
        {props.weeks[props.index]?.label}
      </p>
      <button
        type="button"
        class="button button--secondary week-nav__button week-nav__button--previous"
        aria-disabled={first()}
        onClick={() => !first() && props.onChange(props.index - 1)}
      >
        <span aria-hidden="true">‹</span>
        Semaine précédente
      </button>
      <button
        type="button"
        class="button button--secondary week-nav__button week-nav__button--next"
        aria-disabled={last()}
        onClick={() => !last() && props.onChange(props.index + 1)}
      >
        Semaine suivante
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
