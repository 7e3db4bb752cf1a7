import type { Deadline, PeriodRules, PlanningContext, UnitRules } from './planning.ts';

/*
 * Test data only (imported by the *.test.ts files beside it): an ALP Maternel planning over the spring
 * daylight-saving change of 2026 and Easter Monday. Weeks 13 to 15: Monday 23 March to Friday 10 April 2026,
 * Mondays, Tuesdays, Thursdays and Fridays; closed Thursday 2 and Friday 3 April (journée pédagogique).
 */

const until = (daysBefore: number, time: string): Deadline => ({ daysBefore, time });

export function testUnit(overrides: Partial<UnitRules> & Pick<UnitRules, 'id' | 'name'>): UnitRules {
  return {
    code: overrides.name.slice(0, 5).toUpperCase(),
    startTime: '07:30',
    endTime: '08:30',
    weekdays: [1, 2, 4, 5],
    dailyCapacity: 30,
    // The demo's periscolaire rules: accepted until J−2 12:00, a request until J−1 09:00.
    bookAcceptUntil: until(2, '12:00'),
    bookRequestUntil: until(1, '09:00'),
    cancelAcceptUntil: until(2, '12:00'),
    cancelRequestUntil: until(1, '09:00'),
    position: overrides.id,
    ...overrides,
  };
}

export const matin = testUnit({ id: 1, name: 'Accueil matin' });
export const repas = testUnit({
  id: 2,
  name: 'Restauration',
  dailyCapacity: 60,
  bookAcceptUntil: until(3, '10:00'),
  bookRequestUntil: until(2, '10:00'),
  cancelAcceptUntil: until(3, '10:00'),
  cancelRequestUntil: until(2, '10:00'),
});
/** Not on Fridays, to tell a unit's weekdays from the period's. */
export const soir = testUnit({
  id: 3,
  name: 'Accueil soir',
  startTime: '16:30',
  endTime: '18:30',
  weekdays: [1, 2, 4],
});

export const period: PeriodRules = {
  id: 7,
  name: 'Semaines 13 à 15',
  startDate: '2026-03-23',
  endDate: '2026-04-10',
  weekdays: [1, 2, 4, 5],
  schoolLevels: ['maternelle'],
  bookingOpensAt: '2026-02-28T23:00:00.000Z', // 1 March, midnight in Paris
  bookingClosesAt: '2026-04-10T16:00:00.000Z',
};

export function testContext(overrides: Partial<PlanningContext> = {}): PlanningContext {
  return {
    childLevel: 'maternelle',
    period,
    units: [matin, repas, soir],
    closures: [{ startDate: '2026-04-02', endDate: '2026-04-03', reason: 'Journée pédagogique' }],
    cells: [],
    occupancy: [],
    ...overrides,
  };
}

/** Thursday 19 March 2026, 10:00 in Paris: every day of the period is still open to accepted bookings. */
export const early = new Date('2026-03-19T09:00:00Z');
