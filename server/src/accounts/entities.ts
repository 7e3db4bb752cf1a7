import { defineEntity, p } from '@mikro-orm/core';
import { staffRoles } from '@portail/shared/accounts/schema';
import { schoolLevels } from '@portail/shared/bookings/schema';

/** A household (« foyer »): its quotient familial sets the tariffs; invoices are addressed to it. */
export const FamilySchema = defineEntity({
  name: 'Family',
  tableName: 'family',
  properties: {
    id: p.integer().primary(),
    /** The S.E.J.'s file number, printed on invoices and quoted on the phone. */
    reference: p.string().length(20).unique(),
    /** Null until the family proves it: the full price (the unit's own) applies. */
    quotientFamilial: p.integer().nullable().check('quotient_familial >= 0'),
    addressLine1: p.string(),
    addressLine2: p.string().nullable(),
    postalCode: p.string().length(10),
    city: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    guardians: () => p.oneToMany(GuardianEntity).mappedBy('family'),
    children: () => p.oneToMany(ChildEntity).mappedBy('family'),
  },
});
export class FamilyEntity extends FamilySchema.class {}
FamilySchema.setClass(FamilyEntity);

/** A « référent »: each has their own login; the password is chosen at activation, so nobody else knows it. */
export const GuardianSchema = defineEntity({
  name: 'Guardian',
  tableName: 'guardian',
  properties: {
    id: p.integer().primary(),
    family: () => p.manyToOne(FamilyEntity).ref().index(),
    firstName: p.string(),
    lastName: p.string(),
    // Stored lower-cased so that the unique index also rejects a second account differing only by case.
    email: p.string().unique().check('email = lower(email)'),
    phone: p.string().length(30).nullable(),
    /** Only when it differs from the family's, e.g. separated parents who both receive mail. */
    address: p.string().nullable(),
    passwordHash: p.string().nullable().hidden(),
    activatedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class GuardianEntity extends GuardianSchema.class {}
GuardianSchema.setClass(GuardianEntity);

export const ChildSchema = defineEntity({
  name: 'Child',
  tableName: 'child',
  properties: {
    id: p.integer().primary(),
    family: () => p.manyToOne(FamilyEntity).ref().index(),
    firstName: p.string(),
    lastName: p.string(),
    birthDate: p.date(),
    /** Decides which facilities and periods the child may be booked into. */
    schoolLevel: p.enum(schoolLevels),
    className: p.string().nullable(),
  },
});
export class ChildEntity extends ChildSchema.class {}
ChildSchema.setClass(ChildEntity);

export const StaffUserSchema = defineEntity({
  name: 'StaffUser',
  tableName: 'staff_user',
  properties: {
    id: p.integer().primary(),
    email: p.string().unique().check('email = lower(email)'),
    firstName: p.string(),
    lastName: p.string(),
    role: p.enum(staffRoles),
    passwordHash: p.string().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Set by an admin when the person leaves: the account and its history stay, signing in stops. */
    disabledAt: p.datetime().nullable(),
  },
});
export class StaffUserEntity extends StaffUserSchema.class {}
StaffUserSchema.setClass(StaffUserEntity);
