import { describe, expect, it } from 'vitest';
import type { PlanningContext } from './planning.ts';
import { decideBooking, decideCancellation, decideLine, decideLines, reservationStateOf } from './rules.ts';
import { early, matin, period, repas, testContext, testUnit } from './test-context.ts';

const at = (utc: string) => new Date(utc);
const booked = (date: string, state: 'booked' | 'requested' | 'cancel_requested' = 'booked') =>
  testContext({ cells: [{ date, unitId: matin.id, state, reservationNumber: '2026-00012' }] });

describe('reservationStateOf', () => {
  it('waits while any line is requested, even once another was refused', () => {
    expect(reservationStateOf(['accepted', 'requested'])).toBe('pending');
    expect(reservationStateOf(['refused', 'requested'])).toBe('pending');
  });

  it('tells accepted, partial and refused apart once every line is decided', () => {
    expect(reservationStateOf(['accepted', 'accepted'])).toBe('accepted');
    expect(reservationStateOf(['accepted', 'refused'])).toBe('partial');
    expect(reservationStateOf(['refused'])).toBe('refused');
  });

  it('refuses a reservation without lines', () => {
    expect(() => reservationStateOf([])).toThrow();
  });
});

describe('decideBooking: deadlines', () => {
  // Thursday 26 March 2026, Accueil matin: accepted until Tue 24 12:00, a request until Wed 25 09:00 (winter).
  const ctx = testContext();
  const decide = (utc: string) => decideBooking(ctx, '2026-03-26', matin, at(utc));

  it('accepts until the minute before the accept deadline; at HH:MM exactly it is late', () => {
    expect(decide('2026-03-24T10:59:00Z')).toEqual({ kind: 'accepted' });
    expect(decide('2026-03-24T10:59:59.999Z')).toEqual({ kind: 'accepted' });
    expect(decide('2026-03-24T11:00:00Z')).toEqual({ kind: 'requested', reason: 'late' });
  });

  it('makes a request until the request deadline, then refuses', () => {
    expect(decide('2026-03-25T07:59:59.999Z')).toEqual({ kind: 'requested', reason: 'late' });
    expect(decide('2026-03-25T08:00:00Z')).toEqual({
      kind: 'refused',
      code: 'locked',
      message: 'jeu. 26/03/2026 – Accueil matin : la date limite de réservation est passée.',
    });
  });

  it('reads the deadlines in Paris time across the spring change', () => {
    // Monday 30 March: J−2 12:00 is Saturday 28, winter time (11:00 UTC); J−1 09:00 is Sunday 29, summer time.
    expect(decideBooking(ctx, '2026-03-30', matin, at('2026-03-28T10:59:00Z')).kind).toBe('accepted');
    expect(decideBooking(ctx, '2026-03-30', matin, at('2026-03-28T11:00:00Z')).kind).toBe('requested');
    expect(decideBooking(ctx, '2026-03-30', matin, at('2026-03-29T06:59:00Z')).kind).toBe('requested');
    expect(decideBooking(ctx, '2026-03-30', matin, at('2026-03-29T07:00:00Z')).kind).toBe('refused');
    // Tuesday 31 March: J−2 12:00 is Sunday 29, already summer time (10:00 UTC).
    expect(decideBooking(ctx, '2026-03-31', matin, at('2026-03-29T09:59:00Z')).kind).toBe('accepted');
    expect(decideBooking(ctx, '2026-03-31', matin, at('2026-03-29T10:00:00Z')).kind).toBe('requested');
  });

  it('puts a deadline in the skipped hour at 03:00 summer time', () => {
    const night = testUnit({ id: 9, name: 'Nuit', bookAcceptUntil: { daysBefore: 1, time: '02:30' } });
    const c = testContext({ units: [night] });
    expect(decideBooking(c, '2026-03-30', night, at('2026-03-29T00:59:00Z')).kind).toBe('accepted'); // 01:59
    expect(decideBooking(c, '2026-03-30', night, at('2026-03-29T01:00:00Z')).kind).toBe('requested'); // 03:00
  });

  it('reads the deadlines across the autumn change, the repeated hour at its first occurrence', () => {
    const autumn = testContext({
      period: {
        ...period,
        startDate: '2026-10-19',
        endDate: '2026-10-30',
        bookingClosesAt: '2026-10-30T17:00:00Z',
      },
    });
    // Tuesday 27 October: J−2 12:00 is Sunday 25, winter time again (11:00 UTC).
    expect(decideBooking(autumn, '2026-10-27', matin, at('2026-10-25T10:59:00Z')).kind).toBe('accepted');
    expect(decideBooking(autumn, '2026-10-27', matin, at('2026-10-25T11:00:00Z')).kind).toBe('requested');
    const night = testUnit({ id: 9, name: 'Nuit', bookAcceptUntil: { daysBefore: 1, time: '02:30' } });
    const decide = (utc: string) => decideBooking(autumn, '2026-10-26', night, at(utc)).kind;
    expect(decide('2026-10-25T00:29:00Z')).toBe('accepted'); // 02:29 summer time
    expect(decide('2026-10-25T00:30:00Z')).toBe('requested'); // 02:30 summer time
    expect(decide('2026-10-25T01:29:00Z')).toBe('requested'); // 02:29 again, winter time: still late
  });
});

describe('decideBooking: what refuses and what makes a request', () => {
  it('refuses outside the booking window [opens, closes)', () => {
    const ctx = testContext();
    expect(decideBooking(ctx, '2026-04-10', matin, at(period.bookingOpensAt)).kind).toBe('accepted');
    expect(decideBooking(ctx, '2026-04-10', matin, at('2026-02-28T22:59:59Z'))).toEqual({
      kind: 'refused',
      code: 'window_closed',
      message:
        "ven. 10/04/2026 – Accueil matin : la période « Semaines 13 à 15 » n'est pas ouverte à la réservation.",
    });
    expect(decideBooking(ctx, '2026-04-10', matin, at(period.bookingClosesAt))).toMatchObject({
      code: 'window_closed',
    });
  });

  it("refuses a child of another level than the period's", () => {
    expect(decideBooking(testContext({ childLevel: 'elementaire' }), '2026-03-23', matin, early)).toEqual({
      kind: 'refused',
      code: 'level',
      message:
        "lun. 23/03/2026 – Accueil matin : la période « Semaines 13 à 15 » n'est pas ouverte aux enfants d'élémentaire.",
    });
  });

  it("refuses a closed cell with the day's label", () => {
    const ctx = testContext();
    expect(decideBooking(ctx, '2026-04-06', matin, early)).toEqual({
      kind: 'refused',
      code: 'closed',
      message: 'lun. 06/04/2026 – Accueil matin : jour fermé (Férié : Lundi de Pâques).',
    });
    expect(decideBooking(ctx, '2026-04-02', matin, early)).toMatchObject({ code: 'closed' });
    expect(decideBooking(ctx, '2026-03-25', matin, early)).toMatchObject({ code: 'closed' });
  });

  it('turns a full day into a request (waiting list) until the request deadline, never a refusal', () => {
    const full = (taken: number): PlanningContext =>
      testContext({ occupancy: [{ date: '2026-03-26', unitId: matin.id, taken }] });
    expect(decideBooking(full(29), '2026-03-26', matin, early)).toEqual({ kind: 'accepted' });
    expect(decideBooking(full(30), '2026-03-26', matin, early)).toEqual({
      kind: 'requested',
      reason: 'full',
    });
    expect(decideBooking(full(30), '2026-03-26', matin, at('2026-03-24T12:00:00Z'))).toEqual({
      kind: 'requested',
      reason: 'full',
    });
    expect(decideBooking(full(30), '2026-03-26', matin, at('2026-03-25T08:00:00Z'))).toMatchObject({
      code: 'locked',
    });
    // Another unit's occupancy of the day does not count.
    expect(decideBooking(full(30), '2026-03-26', repas, early).kind).toBe('accepted');
  });

  it('refuses a cell the child already has', () => {
    for (const state of ['booked', 'requested', 'cancel_requested'] as const) {
      expect(decideBooking(booked('2026-03-26', state), '2026-03-26', matin, early)).toMatchObject({
        kind: 'refused',
        code: 'duplicate',
      });
    }
    expect(decideBooking(booked('2026-03-26'), '2026-03-26', matin, early)).toMatchObject({
      message: 'jeu. 26/03/2026 – Accueil matin : cette date est déjà réservée.',
    });
  });
});

describe('decideCancellation', () => {
  // Thursday 26 March: cancelled at once until Tue 24 12:00, a request until Wed 25 09:00.
  const ctx = booked('2026-03-26');
  const decide = (utc: string) => decideCancellation(ctx, '2026-03-26', matin, at(utc));

  it('accepts, then makes a request, then refuses at the deadlines', () => {
    expect(decide('2026-03-24T10:59:00Z')).toEqual({ kind: 'accepted' });
    expect(decide('2026-03-24T11:00:00Z')).toEqual({ kind: 'requested', reason: 'late' });
    expect(decide('2026-03-25T08:00:00Z')).toEqual({
      kind: 'refused',
      code: 'locked',
      message: "jeu. 26/03/2026 – Accueil matin : la date limite d'annulation est passée.",
    });
  });

  it('refuses a cell not booked, or one whose request is pending', () => {
    expect(decideCancellation(testContext(), '2026-03-26', matin, early)).toMatchObject({
      code: 'not_booked',
    });
    expect(decideCancellation(booked('2026-03-26', 'requested'), '2026-03-26', matin, early)).toMatchObject({
      code: 'pending',
    });
    expect(
      decideCancellation(booked('2026-03-26', 'cancel_requested'), '2026-03-26', matin, early),
    ).toMatchObject({
      code: 'pending',
    });
  });

  it('lets a child of another level give a place up, but not outside the window', () => {
    const moved = { ...ctx, childLevel: 'elementaire' as const };
    expect(decideCancellation(moved, '2026-03-26', matin, early).kind).toBe('accepted');
    expect(decideCancellation(ctx, '2026-03-26', matin, at(period.bookingClosesAt))).toMatchObject({
      code: 'window_closed',
    });
  });
});

describe('decideLine, decideLines', () => {
  it('gives a LineOutcome per submitted line', () => {
    const ctx = testContext({ occupancy: [{ date: '2026-03-27', unitId: matin.id, taken: 30 }] });
    const book = (date: string, unitId = matin.id) => ({ date, unitId, action: 'book' as const });
    expect(
      decideLines(
        ctx,
        [book('2026-03-26'), book('2026-03-27'), book('2026-03-26'), book('2026-03-26', 99)],
        early,
      ),
    ).toEqual([
      { ...book('2026-03-26'), state: 'accepted', requestReason: null, message: null },
      { ...book('2026-03-27'), state: 'requested', requestReason: 'full', message: null },
      {
        ...book('2026-03-26'),
        state: 'refused',
        requestReason: null,
        message: 'jeu. 26/03/2026 – Accueil matin : cette date figure plusieurs fois dans la demande.',
      },
      {
        ...book('2026-03-26', 99),
        state: 'refused',
        requestReason: null,
        message:
          "jeu. 26/03/2026 – Prestation n° 99 : cette prestation n'est pas proposée sur cette période.",
      },
    ]);
  });

  it('decides a cancellation line with the cancellation rules', () => {
    const line = { date: '2026-03-26', unitId: matin.id, action: 'cancel' as const };
    expect(decideLine(booked('2026-03-26'), line, at('2026-03-24T11:00:00Z'))).toMatchObject({
      state: 'requested',
      requestReason: 'late',
    });
  });
});
