import type { CellIcon } from '@portail/shared/bookings/grid';
import type { LineAction, LineState, ReservationState } from '@portail/shared/bookings/schema';
import { Match, Switch } from 'solid-js';
import {
  CheckDisc,
  ClockRing,
  CrossDisc,
  colours,
  DashRing,
  HalfDisc,
  StateSvg,
  stroke,
} from '../ui/stateShapes.tsx';

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

export function StateIcon(props: { picture: Picture }) {
  return (
    <StateSvg>
      <Switch>
        <Match when={props.picture === 'booked'}>
          <CheckDisc />
        </Match>
        <Match when={props.picture === 'requested'}>
          <ClockRing />
        </Match>
        <Match when={props.picture === 'cancel_requested'}>
          <circle
            cx="12"
            cy="12"
            r="10"
            fill="#fff4ec"
            stroke={colours.amber}
            stroke-width="2"
            stroke-dasharray="3.2 2"
          />
          <path d="m8.5 8.5 7 7m0-7-7 7" stroke={colours.amber} {...stroke} />
        </Match>
        <Match when={props.picture === 'cancelled'}>
          <CrossDisc />
        </Match>
        <Match when={props.picture === 'refused'}>
          <circle cx="12" cy="12" r="10" fill="#fff" stroke={colours.red} stroke-width="2.5" />
          <path d="m5.5 18.5 13-13" stroke={colours.red} {...stroke} />
        </Match>
        <Match when={props.picture === 'partial'}>
          <HalfDisc />
        </Match>
        <Match when={props.picture === 'closed'}>
          <DashRing />
        </Match>
        <Match when={props.picture === 'locked'}>
          <rect x="5" y="10.5" width="14" height="10" rx="2" fill={colours.grey} />
          <path d="M8.5 10.5V8a3.5 3.5 0 0 1 7 0v2.5" stroke={colours.grey} {...stroke} stroke-width="2" />
        </Match>
      </Switch>
    </StateSvg>
  );
}
