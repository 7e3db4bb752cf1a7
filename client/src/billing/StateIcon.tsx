import { Match, Switch } from 'solid-js';

/**
 * The pictures of « Mes Factures & Paiements » (guide §6), told apart by shape as well as colour (WCAG 1.4.1).
 * Always decorative: the state's words are written beside them.
 */
export type Picture = 'due' | 'late' | 'partial' | 'done' | 'cancelled' | 'waiting' | 'refused' | 'dropped';

const GREEN = '#18753c';
const AMBER = '#b34000';
const RED = '#ce0500';
const BLUE = '#000091';
const GREY = '#666666';
const line = {
  fill: 'none',
  'stroke-width': 2.5,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

export function StateIcon(props: { picture: Picture }) {
  return (
    <svg class="state-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <Switch>
        <Match when={props.picture === 'due'}>
          <circle cx="12" cy="12" r="10" fill="#f5f5fe" stroke={BLUE} stroke-width="2" />
          <path d="M15.5 8.5a4.5 4.5 0 1 0 0 7M7 11h6M7 13.5h6" stroke={BLUE} {...line} stroke-width="2" />
        </Match>
        <Match when={props.picture === 'late'}>
          <path d="M12 2.5 22.5 21h-21Z" fill={RED} stroke={RED} stroke-width="1.5" stroke-linejoin="round" />
          <path d="M12 9v5.5M12 17.5v.5" stroke="#fff" {...line} />
        </Match>
        <Match when={props.picture === 'partial'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke={GREEN} stroke-width="2" />
          <path d="M12 2a10 10 0 0 0 0 20Z" fill={GREEN} />
        </Match>
        <Match when={props.picture === 'done'}>
          <circle cx="12" cy="12" r="11" fill={GREEN} />
          <path d="m6.5 12.5 3.5 3.5 7.5-7.5" stroke="#fff" {...line} />
        </Match>
        <Match when={props.picture === 'cancelled'}>
          <rect
            x="2.5"
            y="2.5"
            width="19"
            height="19"
            rx="3"
            fill="#f0f0f0"
            stroke={GREY}
            stroke-width="1.5"
          />
          <path d="m7 17 10-10" stroke={GREY} {...line} />
        </Match>
        <Match when={props.picture === 'waiting'}>
          <circle cx="12" cy="12" r="10" fill="#fff4ec" stroke={AMBER} stroke-width="2" />
          <path d="M12 6.5V12l3.5 2.5" stroke={AMBER} {...line} />
        </Match>
        <Match when={props.picture === 'refused'}>
          <circle cx="12" cy="12" r="11" fill={RED} />
          <path d="m8 8 8 8m0-8-8 8" stroke="#fff" {...line} />
        </Match>
        <Match when={props.picture === 'dropped'}>
          <circle cx="12" cy="12" r="10" fill="#f0f0f0" stroke={GREY} stroke-width="1.5" />
          <path d="M7 12h10" stroke={GREY} {...line} />
        </Match>
      </Switch>
    </svg>
  );
}
