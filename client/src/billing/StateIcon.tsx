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
 * The pictures of « Mes Factures & Paiements » (guide §6), told apart by shape as well as colour (WCAG 1.4.1).
 * Always decorative: the state's words are written beside them.
 */
export type Picture = 'due' | 'late' | 'partial' | 'done' | 'cancelled' | 'waiting' | 'refused' | 'dropped';

export function StateIcon(props: { picture: Picture }) {
  return (
    <StateSvg>
      <Switch>
        <Match when={props.picture === 'due'}>
          <circle cx="12" cy="12" r="10" fill="#f5f5fe" stroke={colours.blue} stroke-width="2" />
          <path
            d="M15.5 8.5a4.5 4.5 0 1 0 0 7M7 11h6M7 13.5h6"
            stroke={colours.blue}
            {...stroke}
            stroke-width="2"
          />
        </Match>
        <Match when={props.picture === 'late'}>
          <path
            d="M12 2.5 22.5 21h-21Z"
            fill={colours.red}
            stroke={colours.red}
            stroke-width="1.5"
            stroke-linejoin="round"
          />
          <path d="M12 9v5.5M12 17.5v.5" stroke="#fff" {...stroke} />
        </Match>
        <Match when={props.picture === 'partial'}>
          <HalfDisc />
        </Match>
        <Match when={props.picture === 'done'}>
          <CheckDisc />
        </Match>
        <Match when={props.picture === 'cancelled'}>
          <rect
            x="2.5"
            y="2.5"
            width="19"
            height="19"
            rx="3"
            fill="#f0f0f0"
            stroke={colours.grey}
            stroke-width="1.5"
          />
          <path d="m7 17 10-10" stroke={colours.grey} {...stroke} />
        </Match>
        <Match when={props.picture === 'waiting'}>
          <ClockRing />
        </Match>
        <Match when={props.picture === 'refused'}>
          <CrossDisc />
        </Match>
        <Match when={props.picture === 'dropped'}>
          <DashRing />
        </Match>
      </Switch>
    </StateSvg>
  );
}
