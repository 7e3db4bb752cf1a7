import type { JSX } from 'solid-js';

/**
 * The state pictures that bookings and invoices share, told apart by shape as well as colour (WCAG 1.4.1):
 * the same meaning looks the same on every page. Always decorative: the state's words go beside them.
 */
export const colours = {
  green: '#18753c',
  amber: '#b34000',
  red: '#ce0500',
  blue: '#000091',
  grey: '#666666',
} as const;

export const stroke = {
  fill: 'none',
  'stroke-width': 2.5,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

export function StateSvg(props: { children: JSX.Element }) {
  return (
    <svg class="state-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      {props.children}
    </svg>
  );
}

/** Done: booked, paid. */
export const CheckDisc = () => (
  <>
    <circle cx="12" cy="12" r="11" fill={colours.green} />
    <path d="m6.5 12.5 3.5 3.5 7.5-7.5" stroke="#fff" {...stroke} />
  </>
);

/** Waiting for someone else: the service, the bank. */
export const ClockRing = () => (
  <>
    <circle cx="12" cy="12" r="10" fill="#fff4ec" stroke={colours.amber} stroke-width="2" />
    <path d="M12 6.5V12l3.5 2.5" stroke={colours.amber} {...stroke} />
  </>
);

/** Partly done. */
export const HalfDisc = () => (
  <>
    <circle cx="12" cy="12" r="10" fill="#fff" stroke={colours.green} stroke-width="2" />
    <path d="M12 2a10 10 0 0 0 0 20Z" fill={colours.green} />
  </>
);

/** Undone: a cancelled date, a card the bank refused. */
export const CrossDisc = () => (
  <>
    <circle cx="12" cy="12" r="11" fill={colours.red} />
    <path d="m8 8 8 8m0-8-8 8" stroke="#fff" {...stroke} />
  </>
);

/** Nothing happens: a closed day, an abandoned payment. */
export const DashRing = () => (
  <>
    <circle cx="12" cy="12" r="10" fill="#f0f0f0" stroke={colours.grey} stroke-width="1.5" />
    <path d="M7 12h10" stroke={colours.grey} {...stroke} />
  </>
);
