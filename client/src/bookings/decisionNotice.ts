import { formatDayShortFr } from '@portail/shared/bookings/labels';
import type { LiveEventOf } from '../live/LiveProvider.tsx';
import type { Notice } from '../live/notices.ts';

type Decided = LiveEventOf<'reservation.decided'>;
type DecidedLine = Decided['lines'][number];

/** Past this, the notice says how many more and leads to the reservation. */
const MAX_LINES = 3;

/** «Votre demande du lun. 11/03 – Accueil matin a été acceptée», «… a été refusée : <motif>». */
export function decisionSentence(line: DecidedLine): string {
  const what = line.action === 'cancel' ? "Votre demande d'annulation" : 'Votre demande';
  const verdict =
    line.state === 'accepted'
      ? 'a été acceptée'
      : line.state === 'refused'
        ? `a été refusée${line.reason ? ` : ${line.reason}` : ''}`
        : 'est en attente de validation';
  return `${what} du ${formatDayShortFr(line.date)} – ${line.unitName} ${verdict}`;
}

/** What a parent reads when staff decided some lines of one of their reservations. */
export function decisionNotice(event: Decided, href: string): Notice {
  const lines = [...event.lines].sort((a, b) => a.date.localeCompare(b.date)).map(decisionSentence);
  const more = lines.length - MAX_LINES;
  return {
    lines: more > 1 ? [...lines.slice(0, MAX_LINES), `… et ${more} autres dates.`] : lines,
    link: { href, label: `Voir la réservation n° ${event.number}` },
    tone: event.lines.some((l) => l.state === 'refused') ? 'bad' : 'good',
  };
}
