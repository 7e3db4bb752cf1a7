import { describe, expect, it } from 'vitest';
import { cellStatus, dayStatus } from './availability.ts';
import { matin, soir, testContext } from './test-context.ts';

const ctx = testContext();

describe('dayStatus', () => {
  it('opens a running day of the period', () => {
    expect(dayStatus(ctx, '2026-03-23')).toEqual({ open: true });
    expect(dayStatus(ctx, '2026-04-10')).toEqual({ open: true }); // its last day
  });

  it('closes the days outside the period', () => {
    expect(dayStatus(ctx, '2026-03-20')).toEqual({
      open: false,
      reason: 'outside_period',
      label: 'Hors période',
    });
    expect(dayStatus(ctx, '2026-04-13')).toMatchObject({ reason: 'outside_period' });
  });

  it('closes the weekdays the period does not run', () => {
    expect(dayStatus(ctx, '2026-03-25')).toEqual({
      open: false,
      reason: 'weekday',
      label: "Pas d'accueil le mercredi",
    });
    expect(dayStatus(ctx, '2026-03-28')).toMatchObject({
      reason: 'weekday',
      label: "Pas d'accueil le samedi",
    });
  });

  it('closes public holidays, Easter Monday included', () => {
    expect(dayStatus(ctx, '2026-04-06')).toEqual({
      open: false,
      reason: 'holiday',
      label: 'Férié : Lundi de Pâques',
    });
    const summer = testContext({ period: { ...ctx.period, startDate: '2026-05-01', endDate: '2026-07-31' } });
    expect(dayStatus(summer, '2026-05-14')).toMatchObject({ label: 'Férié : Ascension' });
    expect(dayStatus(summer, '2026-05-25')).toMatchObject({ label: 'Férié : Lundi de Pentecôte' });
    expect(dayStatus(summer, '2026-07-14')).toMatchObject({ label: 'Férié : Fête nationale' });
  });

  it('closes every day of a closure, both ends included', () => {
    const closure = { open: false, reason: 'closure', label: 'Fermeture : Journée pédagogique' };
    expect(dayStatus(ctx, '2026-04-02')).toEqual(closure);
    expect(dayStatus(ctx, '2026-04-03')).toEqual(closure);
    expect(dayStatus(ctx, '2026-04-01')).toMatchObject({ reason: 'weekday' });
    expect(dayStatus(ctx, '2026-04-07')).toEqual({ open: true });
  });

  it('gives the period and the weekday precedence over a holiday, and a holiday over a closure', () => {
    const christmas = testContext({
      period: { ...ctx.period, startDate: '2026-12-21', endDate: '2027-01-08', weekdays: [1, 2, 3, 4, 5] },
      closures: [{ startDate: '2026-12-24', endDate: '2027-01-01', reason: 'Vacances de Noël' }],
    });
    expect(dayStatus(christmas, '2026-12-25')).toMatchObject({ reason: 'holiday', label: 'Férié : Noël' });
    expect(dayStatus(christmas, '2026-12-24')).toMatchObject({ reason: 'closure' });
    expect(dayStatus(christmas, '2026-12-26')).toMatchObject({ reason: 'weekday' });
    expect(dayStatus(christmas, '2027-01-11')).toMatchObject({ reason: 'outside_period' });
  });
});

describe('cellStatus', () => {
  it('also closes a weekday the unit does not run', () => {
    expect(cellStatus(ctx, '2026-03-27', matin)).toEqual({ open: true });
    expect(cellStatus(ctx, '2026-03-27', soir)).toEqual({
      open: false,
      reason: 'weekday',
      label: "Accueil soir : pas d'accueil le vendredi",
    });
  });

  it("keeps the day's reason first", () => {
    expect(cellStatus(ctx, '2026-04-03', soir)).toMatchObject({ reason: 'closure' });
  });
});
