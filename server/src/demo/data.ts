import type { EntityManager } from '@mikro-orm/postgresql';
import { parisDate } from '@portail/shared/bookings/calendar';
import { MunicipalityEntity } from '../municipality/entities.ts';
import { seedBilling } from './billing.ts';
import { seedDocuments } from './documents.ts';
import { seedFacilities } from './facilities.ts';
import { seedFamily, seedStaff } from './family.ts';
import { seedMenus } from './menus.ts';
import { seedReservations } from './reservations.ts';
import { seedUnbilledFamily } from './unbilled.ts';

/**
 * The demo municipality, its documents, facilities and menus, one family with plannings, invoices and
 * payments, and a second one with past months still to invoice. Every date is relative to `now`, so the demo always shows a current period. Runs inside the
 * caller's transaction.
 */
export async function seedDemo(em: EntityManager, now: Date): Promise<void> {
  const today = parisDate(now);
  em.create(MunicipalityEntity, {
    name: 'Commune de Valbourg',
    serviceName: 'Service Enfance Jeunesse (S.E.J.)',
    address: '1 place de la Mairie, 34540 Valbourg',
    phone: '04 67 00 00 00',
    email: 'enfance-jeunesse@valbourg.example',
    openingHours: 'Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h',
    website: 'https://www.valbourg.example',
  });
  await seedDocuments(em, today);
  const offer = await seedFacilities(em, today, now);
  const family = await seedFamily(em, today, now);
  const staff = await seedStaff(em);
  await em.flush();
  await seedReservations(em, offer, family, staff, today, now);
  await seedBilling(em, offer, family, today, now);
  await seedUnbilledFamily(em, offer, today, now);
  await seedMenus(em, offer, today);
}
