import { z } from 'zod';
import { SchoolLevel } from './schema.ts';

/** Staff configuration of facilities, units, periods and closures (admin). */
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure invalide (HH:MM).');
const Weekdays = z.array(z.number().int().min(1).max(7)).min(1, 'Choisissez au moins un jour.');
const Deadline = z.object({ daysBefore: z.number().int().min(0).max(60), time: Time });
const Id = z.number().int().positive();

export const FacilitySetupInput = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1).max(100),
  kind: z.enum(['alp', 'ale']),
  schoolLevels: z.array(SchoolLevel).min(1),
  active: z.boolean(),
});

export const UnitSetupInput = z
  .object({
    id: Id.optional(),
    facilityId: Id,
    name: z.string().trim().min(1).max(100),
    code: z.string().trim().min(1).max(10),
    startTime: Time,
    endTime: Time,
    weekdays: Weekdays,
    dailyCapacity: z.number().int().min(0).max(10_000),
    bookAcceptUntil: Deadline,
    bookRequestUntil: Deadline,
    cancelAcceptUntil: Deadline,
    cancelRequestUntil: Deadline,
    priceCents: z.number().int().min(0).max(1_000_000),
    includesMeal: z.boolean(),
    position: z.number().int().min(0).max(100),
  })
  .refine((u) => u.startTime < u.endTime, {
    message: "L'heure de fin doit suivre l'heure de début.",
    path: ['endTime'],
  });

export const PeriodSetupInput = z
  .object({
    id: Id.optional(),
    facilityId: Id,
    name: z.string().trim().min(1).max(100),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    weekdays: Weekdays,
    schoolLevels: z.array(SchoolLevel).min(1),
    bookingOpensAt: z.iso.datetime({ offset: true }),
    bookingClosesAt: z.iso.datetime({ offset: true }),
  })
  .refine((p) => p.startDate <= p.endDate, { message: 'La fin doit suivre le début.', path: ['endDate'] })
  .refine((p) => p.bookingOpensAt < p.bookingClosesAt, {
    message: 'La clôture doit suivre l’ouverture.',
    path: ['bookingClosesAt'],
  });

export const ClosureSetupInput = z
  .object({
    id: Id.optional(),
    facilityId: Id.nullable(),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    reason: z.string().trim().min(1).max(200),
  })
  .refine((c) => c.startDate <= c.endDate, { message: 'La fin doit suivre le début.', path: ['endDate'] });
