import { describe, expect, it } from 'vitest';
import { reservationStateOf } from './rules.ts';

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
