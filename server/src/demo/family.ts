import type { EntityManager } from '@mikro-orm/postgresql';
import argon2 from 'argon2';
import { ChildEntity, FamilyEntity, GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import { nextNumber } from '../numbering/service.ts';

/** The demo's sign-ins: public, like everything in the demo. */
export const demoCredentials = {
  parent: { email: 'parent@demo.fr', password: 'Demo-parent-2026' },
  agent: { email: 'agent@demo.fr', password: 'Demo-agent-2026' },
  /** An agent who is not an administrator: the desk, the requests, no invoicing run. */
  desk: { email: 'accueil@demo.fr', password: 'Demo-accueil-2026' },
};

export type DemoFamily = {
  family: FamilyEntity;
  guardian: GuardianEntity;
  /** In maternelle. */
  lea: ChildEntity;
  /** In élémentaire. */
  hugo: ChildEntity;
};

const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id });
const yearsBefore = (date: string, years: number, monthDay: string) =>
  `${Number(date.slice(0, 4)) - years}-${monthDay}`;

/** The Martin family (QF 850, so the middle tariff bracket), its activated guardian and two children. */
export async function seedFamily(em: EntityManager, today: string, now: Date): Promise<DemoFamily> {
  const family = em.create(FamilyEntity, {
    reference: await nextNumber(em, 'family', now.getUTCFullYear() - 3),
    quotientFamilial: 850,
    addressLine1: '12 rue des Écoles',
    postalCode: '34540',
    city: 'Valbourg',
    createdAt: new Date(now.getTime() - 3 * 365 * 86_400_000),
  });
  const guardian = em.create(GuardianEntity, {
    family,
    firstName: 'Camille',
    lastName: 'Martin',
    email: demoCredentials.parent.email,
    phone: '06 12 34 56 78',
    passwordHash: await hash(demoCredentials.parent.password),
    activatedAt: family.createdAt,
    createdAt: family.createdAt,
  });
  const child = (
    firstName: string,
    birthDate: string,
    level: 'maternelle' | 'elementaire',
    className: string | null,
  ) =>
    em.create(ChildEntity, {
      family,
      firstName,
      lastName: 'Martin',
      birthDate,
      schoolLevel: level,
      className,
    });
  return {
    family,
    guardian,
    lea: child('Léa', yearsBefore(today, 4, '03-14'), 'maternelle', null),
    hugo: child('Hugo', yearsBefore(today, 7, '09-02'), 'elementaire', 'CE1 – Mme Roux'),
  };
}

/** An admin of the S.E.J., who decides requests and sees every family; and an agent of its front desk. */
export async function seedStaff(em: EntityManager): Promise<StaffUserEntity> {
  em.create(StaffUserEntity, {
    email: demoCredentials.desk.email,
    firstName: 'Julien',
    lastName: 'Moreau',
    role: 'agent',
    passwordHash: await hash(demoCredentials.desk.password),
  });
  return em.create(StaffUserEntity, {
    email: demoCredentials.agent.email,
    firstName: 'Nadia',
    lastName: 'Benali',
    role: 'admin',
    passwordHash: await hash(demoCredentials.agent.password),
  });
}
