import type { CellIcon } from '@portail/shared/bookings/grid';
import type { LineAction, LineState, ReservationState } from '@portail/shared/bookings/schema';
import { Match, Switch } from 'solid-js';

/**
 * The pictures of the guide's icons, told apart by shape as well as colour (WCAG 1.4.1). Always decorative:
 * the words go beside them (visible or visually hidden), so every icon is `aria-hidden`.
 */
export type Picture =
  | 'booked'
  | 'requested'
  | 'cancel_requested'
  | 'cancelled'
  | 'refused'
  | 'partial'
  | 'closed'
  | 'locked';

const ofCell: Record<CellIcon, Picture | null> = {
  free: null,
  closed: 'closed',
  locked: 'locked',
  booked: 'booked',
  requested: 'requested',
  cancel_requested: 'cancel_requested',
  draft_book_accepted: 'booked',
  draft_book_requested: 'requested',
  draft_cancel_accepted: 'cancelled',
  draft_cancel_requested: 'cancel_requested',
};
export const pictureOfCell = (icon: CellIcon) => ofCell[icon];

const ofReservation: Record<ReservationState, Picture> = {
  pending: 'requested',
  accepted: 'booked',
  partial: 'partial',
  refused: 'refused',
};
export const pictureOfReservation = (state: ReservationState) => ofReservation[state];

export function pictureOfLine(action: LineAction, state: LineState): Picture {
  if (state === 'refused') return 'refused';
  if (action === 'book') return state === 'accepted' ? 'booked' : 'requested';
  return state === 'accepted' ? 'cancelled' : 'cancel_requested';
}

const GREEN = '#18753c';
const AMBER = '#b34000';
const RED = '#ce0500';
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
        <Match when={props.picture === 'booked'}>
          <circle cx="12" cy="12" r="11" fill={GREEN} />
          <path d="m6.5 12.5 3.5 3.5 7.5-7.5" stroke="#fff" {...line} />
        </Match>
        <Match when={props.picture === 'requested'}>
          <circle cx="12" cy="12" r="10" fill="#fff4ec" stroke={AMBER} stroke-width="2" />
          <path d="M12 6.5V12l3.5 2.5" stroke={AMBER} {...line} />
        </Match>
        <Match when={props.picture === 'cancel_requested'}>
          <circle
            cx="12"
            cy="12"
            r="10"
            fill="#fff4ec"
            stroke={AMBER}
            stroke-width="2"
            stroke-dasharray="3.2 2"
          />
          <path d="m8.5 8.5 7 7m0-7-7 7" stroke={AMBER} {...line} />
        </Match>
        <Match when={props.picture === 'cancelled'}>
          <circle cx="12" cy="12" r="11" fill={RED} />
          <path d="m8 8 8 8m0-8-8 8" stroke="#fff" {...line} />
        </Match>
        <Match when={props.picture === 'refused'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke={RED} stroke-width="2.5" />
          <path d="m5.5 18.5 13-13" stroke={RED} {...line} />
        </Match>
        <Match when={props.picture === 'partial'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke={GREEN} stroke-width="2" />
          <path d="M12 2a10 10 0 0 0 0 20Z" fill={GREEN} />
        </Match>
        <Match when={props.picture === 'closed'}>
          <circle cx="12" cy="12" r="10" fill="#f0f0f0" stroke={GREY} stroke-width="1.5" />
          <path d="M7 12h10" stroke={GREY} {...line} />
        </Match>
        <Match when={props.picture === 'locked'}>
          <rect x="5" y="10.5" width="14" height="10" rx="2" fill={GREY} />
          <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" stroke={GREY} {...line} stroke-width="2" />
        </Match>
      </Switch>
    </svg>
  );
}
