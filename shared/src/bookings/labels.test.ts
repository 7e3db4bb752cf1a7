import { describe, expect, it } from 'vitest';
import {
  cellIconLabels,
  formatDayFr,
  formatDayShortFr,
  legend,
  lineLabels,
  refusalMessage,
  refusalTexts,
  reservationStateLabels,
} from './labels.ts';

describe('formatDayFr', () => {
  it('writes a day as the guide does', () => {
    expect(formatDayFr('2019-03-11')).toBe('lun. 11/03/2019');
    expect(formatDayShortFr('2019-03-11')).toBe('lun. 11/03');
  });

  it('abbreviates every weekday with a dot', () => {
    const week = [
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ];
    expect(week.map(formatDayShortFr)).toEqual([
      'lun. 23/03',
      'mar. 24/03',
      'mer. 25/03',
      'jeu. 26/03',
      'ven. 27/03',
      'sam. 28/03',
      'dim. 29/03',
    ]);
  });
});

describe('labels', () => {
  it('names the day and the unit in every refusal', () => {
    expect(refusalMessage('2019-03-11', 'Accueil matin', refusalTexts.bookLocked)).toBe(
      'lun. 11/03/2019 – Accueil matin : la date limite de réservation est passée.',
    );
  });

  it("uses the guide's words in the legend", () => {
    expect(legend.planning.map((l) => l.label)).toEqual([
      'Réservation acceptée',
      'Demande de réservation (en attente de validation)',
      "Demande d'annulation (en attente de validation)",
      'Annulation acceptée',
      'Réservation refusée',
      'Jour fermé',
      'Date limite dépassée',
    ]);
    expect(reservationStateLabels).toEqual({
      pending: 'En attente de confirmation',
      accepted: 'Acceptée',
      partial: 'Partiellement acceptée',
      refused: 'Refusée',
    });
  });

  it('shows a draft with the icon it will get', () => {
    expect(cellIconLabels.draft_book_accepted).toBe(cellIconLabels.booked);
    expect(cellIconLabels.draft_cancel_requested).toBe(cellIconLabels.cancel_requested);
    expect(lineLabels.cancel.accepted).toBe('Annulation acceptée');
  });
});
