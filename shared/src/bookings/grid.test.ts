import { describe, expect, it } from 'vitest';
import {
  applyWeekdays,
  bookableDays,
  cellView,
  type Draft,
  draftLines,
  pruneDraft,
  toggleCell,
} from './grid.ts';
import { early, matin, period, repas, soir, testContext } from './test-context.ts';

const at = (utc: string) => new Date(utc);
const ctx = testContext({
  cells: [
    { date: '2026-03-23', unitId: matin.id, state: 'booked', reservationNumber: '2026-00012' },
    { date: '2026-03-24', unitId: matin.id, state: 'requested', reservationNumber: '2026-00013' },
    { date: '2026-03-26', unitId: matin.id, state: 'cancel_requested', reservationNumber: '2026-00013' },
  ],
  occupancy: [{ date: '2026-03-27', unitId: matin.id, taken: 30 }],
});
const none: Draft = {};

describe('cellView', () => {
  it('shows closed cells with their label, never clickable', () => {
    expect(cellView(ctx, '2026-04-06', matin, none, early)).toEqual({
      icon: 'closed',
      clickable: false,
      label: 'Férié : Lundi de Pâques',
      reason: null,
    });
    expect(cellView(ctx, '2026-03-27', soir, none, early)).toMatchObject({
      icon: 'closed',
      label: "Accueil soir : pas d'accueil le vendredi",
    });
  });

  it("shows the child's planning", () => {
    expect(cellView(ctx, '2026-03-23', matin, none, early)).toMatchObject({
      icon: 'booked',
      clickable: true,
    });
    expect(cellView(ctx, '2026-03-24', matin, none, early)).toMatchObject({
      icon: 'requested',
      clickable: false,
    });
    expect(cellView(ctx, '2026-03-26', matin, none, early)).toMatchObject({
      icon: 'cancel_requested',
      clickable: false,
      label: "Demande d'annulation (en attente de validation)",
    });
    expect(cellView(ctx, '2026-03-30', matin, none, early)).toMatchObject({ icon: 'free', clickable: true });
  });

  it('locks what is past its deadline; a booked cell stays booked', () => {
    const late = at('2026-03-22T08:00:00Z'); // Sunday 09:00: Monday 23 is past both deadlines
    expect(cellView(ctx, '2026-03-23', matin, none, late)).toMatchObject({
      icon: 'booked',
      clickable: false,
    });
    expect(cellView(ctx, '2026-03-23', repas, none, late)).toEqual({
      icon: 'locked',
      clickable: false,
      label: 'Date limite dépassée',
      reason: null,
    });
  });

  it('locks every cell, with the reason, when the period is not open to booking', () => {
    expect(cellView(ctx, '2026-03-30', matin, none, at(period.bookingClosesAt))).toMatchObject({
      icon: 'locked',
      label:
        "lun. 30/03/2026 – Accueil matin : la période « Semaines 13 à 15 » n'est pas ouverte à la réservation.",
    });
  });

  it('shows a draft with the icon its confirmation will get', () => {
    const draft: Draft = { '2026-03-30|1': 'book', '2026-03-27|1': 'book', '2026-03-23|1': 'cancel' };
    expect(cellView(ctx, '2026-03-30', matin, draft, early)).toMatchObject({ icon: 'draft_book_accepted' });
    expect(cellView(ctx, '2026-03-27', matin, draft, early)).toMatchObject({
      icon: 'draft_book_requested',
      reason: 'full',
      clickable: true,
    });
    expect(cellView(ctx, '2026-03-23', matin, draft, early)).toMatchObject({ icon: 'draft_cancel_accepted' });
    const lateCancel = at('2026-03-21T11:00:00Z'); // Saturday 12:00: past J−2 12:00 for Monday 23
    expect(cellView(ctx, '2026-03-23', matin, draft, lateCancel)).toMatchObject({
      icon: 'draft_cancel_requested',
      reason: 'late',
      label: "Demande d'annulation (en attente de validation)",
    });
  });

  it('ignores a draft change its deadline has overtaken', () => {
    const draft: Draft = { '2026-03-30|1': 'book' };
    expect(cellView(ctx, '2026-03-30', matin, draft, at('2026-03-29T07:00:00Z')).icon).toBe('locked');
  });
});

describe('toggleCell', () => {
  it('books a free cell, and a second click removes it', () => {
    const ticked = toggleCell(ctx, none, '2026-03-30', matin, early);
    expect(ticked).toEqual({ '2026-03-30|1': 'book' });
    expect(toggleCell(ctx, ticked, '2026-03-30', matin, early)).toEqual({});
  });

  it('cancels a booked cell, and a second click removes the cancellation', () => {
    const ticked = toggleCell(ctx, none, '2026-03-23', matin, early);
    expect(ticked).toEqual({ '2026-03-23|1': 'cancel' });
    expect(toggleCell(ctx, ticked, '2026-03-23', matin, early)).toEqual({});
  });

  it('leaves the draft as it is on a closed, locked or pending cell', () => {
    const draft: Draft = { '2026-03-30|2': 'book' };
    expect(toggleCell(ctx, draft, '2026-04-06', matin, early)).toBe(draft);
    expect(toggleCell(ctx, draft, '2026-03-24', matin, early)).toBe(draft);
    expect(toggleCell(ctx, draft, '2026-03-23', repas, at('2026-03-22T08:00:00Z'))).toBe(draft);
  });
});

describe('multi-day selection', () => {
  it('lists the bookable days of the period, or of the displayed week', () => {
    // Monday 23 is booked, Tuesday 24 requested, Thursday 26 awaits a cancellation; 2–3 April closed, 6 a holiday.
    expect(bookableDays(ctx, matin, early)).toEqual([
      '2026-03-27',
      '2026-03-30',
      '2026-03-31',
      '2026-04-07',
      '2026-04-09',
      '2026-04-10',
    ]);
    expect(bookableDays(ctx, soir, early, { from: '2026-03-30', to: '2026-04-05' })).toEqual([
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(bookableDays(ctx, repas, early, { from: '2026-03-16', to: '2026-03-24' })).toEqual([
      '2026-03-23',
      '2026-03-24',
    ]);
  });

  it('ticks the chosen weekdays of the displayed week', () => {
    const week = { from: '2026-03-23', to: '2026-03-29' };
    expect(applyWeekdays(ctx, none, repas, [1, 4], week, early)).toEqual({
      '2026-03-23|2': 'book',
      '2026-03-26|2': 'book',
    });
  });

  it('ticks the chosen weekdays of the whole period, keeping what was ticked by hand', () => {
    const draft: Draft = { '2026-03-31|3': 'book', '2026-03-23|1': 'cancel' };
    const next = applyWeekdays(ctx, draft, repas, [1], { from: period.startDate, to: period.endDate }, early);
    // Easter Monday (6 April) is skipped.
    expect(next).toEqual({ ...draft, '2026-03-23|2': 'book', '2026-03-30|2': 'book' });
    expect(applyWeekdays(ctx, next, repas, [1], { from: period.startDate, to: period.endDate }, early)).toBe(
      next,
    );
  });
});

describe('pruneDraft, draftLines', () => {
  it('drops the changes the rules now refuse', () => {
    const draft: Draft = { '2026-03-30|1': 'book', '2026-04-09|1': 'book', '2026-03-30|99': 'book' };
    expect(pruneDraft(ctx, draft, at('2026-03-29T07:00:00Z'))).toEqual({ '2026-04-09|1': 'book' });
    const kept: Draft = { '2026-04-09|1': 'book' };
    expect(pruneDraft(ctx, kept, early)).toBe(kept);
  });

  it('sends the lines by date, then in the order of the units', () => {
    const draft: Draft = {
      '2026-03-31|3': 'book',
      '2026-03-30|2': 'book',
      '2026-03-30|1': 'book',
      '2026-03-23|1': 'cancel',
    };
    expect(draftLines(ctx, draft)).toEqual([
      { date: '2026-03-23', unitId: 1, action: 'cancel' },
      { date: '2026-03-30', unitId: 1, action: 'book' },
      { date: '2026-03-30', unitId: 2, action: 'book' },
      { date: '2026-03-31', unitId: 3, action: 'book' },
    ]);
  });
});
