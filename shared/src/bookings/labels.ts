import { isoWeekday } from './calendar.ts';
import type { CellIcon } from './grid.ts';
import type { LineAction, LineState, RequestReason, ReservationState, SchoolLevel } from './schema.ts';

/**
 * The words of the planning, in French and in the guide's terms, for the client's grid and legend and for
 * the server's messages and mails alike. Type imports only from schema.ts: these must stay zod-free.
 */

const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** 1 → « lundi » … 7 → « dimanche » (ISO weekdays, as units and periods list them). */
export function weekdayNameFr(isoDay: number): string {
  const name = WEEKDAYS[isoDay - 1];
  if (!name) throw new RangeError(`Not an ISO weekday: ${isoDay}`);
  return name;
}

/** « lun. 11/03/2019 », as the guide's reservation summary writes a day. */
export function formatDayFr(date: string): string {
  return `${formatDayShortFr(date)}/${date.slice(0, 4)}`;
}

/** « lun. 11/03 », for the grid's column headers. */
export function formatDayShortFr(date: string): string {
  return `${weekdayNameFr(isoWeekday(date)).slice(0, 3)}. ${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/** Why a day is closed, shown on the cell and in refusals. */
export const closedDayLabels = {
  outsidePeriod: 'Hors période',
  weekday: (isoDay: number) => `Pas d'accueil le ${weekdayNameFr(isoDay)}`,
  unitWeekday: (unitName: string, isoDay: number) =>
    `${unitName} : pas d'accueil le ${weekdayNameFr(isoDay)}`,
  holiday: (name: string) => `Férié : ${name}`,
  closure: (reason: string) => `Fermeture : ${reason}`,
};

const childrenOf: Record<SchoolLevel, string> = {
  maternelle: 'de maternelle',
  elementaire: "d'élémentaire",
};

/** The end of a refusal message; `refusalMessage` puts the day and the unit before it. */
export const refusalTexts = {
  windowClosed: (periodName: string) => `la période « ${periodName} » n'est pas ouverte à la réservation`,
  level: (periodName: string, level: SchoolLevel) =>
    `la période « ${periodName} » n'est pas ouverte aux enfants ${childrenOf[level]}`,
  closed: (dayLabel: string) => `jour fermé (${dayLabel})`,
  bookLocked: 'la date limite de réservation est passée',
  cancelLocked: "la date limite d'annulation est passée",
  alreadyBooked: 'cette date est déjà réservée',
  bookPending: 'une demande de réservation est déjà en attente de validation',
  cancelPending: "une demande d'annulation est déjà en attente de validation",
  notBooked: "cette date n'est pas réservée",
  repeated: 'cette date figure plusieurs fois dans la demande',
  unknownUnit: "cette prestation n'est pas proposée sur cette période",
};

/** « lun. 11/03/2019 – Accueil matin : la date limite de réservation est passée. » */
export function refusalMessage(date: string, unitName: string, text: string): string {
  return `${formatDayFr(date)} – ${unitName} : ${text}.`;
}

const BOOKED = 'Réservation acceptée';
const BOOK_REQUESTED = 'Demande de réservation (en attente de validation)';
const CANCEL_REQUESTED = "Demande d'annulation (en attente de validation)";
const CANCELLED = 'Annulation acceptée';

/**
 * The legend « visible en survolant le bouton situé en haut à droite du planning » (guide §4), in its
 * order. Keys name the icons; the client chooses the pictures.
 */
export const legend = {
  planning: [
    { icon: 'booked', label: BOOKED },
    { icon: 'requested', label: BOOK_REQUESTED },
    { icon: 'cancel_requested', label: CANCEL_REQUESTED },
    { icon: 'cancelled', label: CANCELLED },
    { icon: 'refused', label: 'Réservation refusée' },
    { icon: 'closed', label: 'Jour fermé' },
    { icon: 'locked', label: 'Date limite dépassée' },
  ],
  /** The icons beside a reservation in the list of reservations. */
  reservation: [
    { state: 'pending', label: 'En attente de confirmation' },
    { state: 'accepted', label: 'Acceptée' },
    { state: 'partial', label: 'Partiellement acceptée' },
    { state: 'refused', label: 'Refusée' },
  ],
} as const satisfies {
  planning: readonly { icon: string; label: string }[];
  reservation: readonly { state: ReservationState; label: string }[];
};

export const reservationStateLabels = Object.fromEntries(
  legend.reservation.map(({ state, label }) => [state, label]),
) as Record<ReservationState, string>;

/**
 * A cell's label (tooltip, screen reader). A draft shows the icon it will get once confirmed, as the guide
 * describes the click; the client marks it as not yet sent (`unsentLabel`).
 */
export const cellIconLabels: Record<CellIcon, string> = {
  closed: 'Jour fermé',
  locked: 'Date limite dépassée',
  free: 'Disponible',
  booked: BOOKED,
  requested: BOOK_REQUESTED,
  cancel_requested: CANCEL_REQUESTED,
  draft_book_accepted: BOOKED,
  draft_book_requested: BOOK_REQUESTED,
  draft_cancel_accepted: CANCELLED,
  draft_cancel_requested: CANCEL_REQUESTED,
};
export const unsentLabel = 'À confirmer';

/** What became of one line, in the reservation's summary and in mails. */
export const lineLabels: Record<LineAction, Record<LineState, string>> = {
  book: { accepted: BOOKED, requested: BOOK_REQUESTED, refused: 'Réservation refusée' },
  cancel: { accepted: CANCELLED, requested: CANCEL_REQUESTED, refused: 'Annulation refusée' },
};

/** Why a request waits, for staff's queue and the parent's summary. */
export const requestReasonLabels: Record<RequestReason, string> = {
  late: 'Hors délai : à valider par le service',
  full: "Complet : liste d'attente",
};
