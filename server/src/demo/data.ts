import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentCategory } from '@portail/shared/documents/schema';
import { DocumentEntity } from '../documents/entities.ts';
import { MunicipalityEntity } from '../municipality/entities.ts';
import { demoPdf } from './pdf.ts';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

const demoDocuments: { category: DocumentCategory; title: string; fileName: string; body: string[] }[] = [
  {
    category: 'inscription',
    title: "Dossier d'inscription ALP / ALE 2026-2027",
    fileName: 'dossier-inscription-alp-ale-2026-2027.pdf',
    body: [
      "Dossier à compléter et à déposer au Service Enfance Jeunesse avant l'ouverture des réservations.",
    ],
  },
  {
    category: 'inscription',
    title: 'Règlement intérieur des accueils de loisirs',
    fileName: 'reglement-interieur-accueils-de-loisirs.pdf',
    body: ['Horaires, délais de réservation et d’annulation, tarifs, santé et sécurité des enfants.'],
  },
  {
    category: 'preinscription',
    title: 'Pré-inscription scolaire rentrée 2027',
    fileName: 'preinscription-scolaire-2027.pdf',
    body: ['Pièces à fournir : livret de famille, justificatif de domicile, carnet de vaccination.'],
  },
  {
    category: 'planning',
    title: "Planning d'activités des vacances d'hiver",
    fileName: 'planning-activites-vacances-hiver.pdf',
    body: ['Semaine 1 : ateliers cirque et sortie patinoire. Semaine 2 : grands jeux et carnaval.'],
  },
  {
    category: 'menu',
    title: 'Menus de restauration scolaire du mois',
    fileName: 'menus-restauration-scolaire.pdf',
    body: ['Menus élaborés par une diététicienne ; produits bio et locaux signalés.'],
  },
];

/** The demo municipality and its public documents. Runs inside the caller's transaction. */
export async function seedDemo(em: EntityManager, now: Date): Promise<void> {
  em.create(MunicipalityEntity, {
    name: 'Commune de Valbourg',
    serviceName: 'Service Enfance Jeunesse (S.E.J.)',
    address: '1 place de la Mairie, 34540 Valbourg',
    phone: '04 67 00 00 00',
    email: 'enfance-jeunesse@valbourg.example',
    openingHours: 'Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h',
    website: 'https://www.valbourg.example',
  });
  for (const d of demoDocuments) {
    const content = await demoPdf(d.title, d.body);
    em.create(DocumentEntity, {
      category: d.category,
      title: d.title,
      fileName: d.fileName,
      mimeType: 'application/pdf',
      sizeBytes: content.length,
      content,
      publishedFrom: isoDate(addDays(now, -30)),
      publishedUntil: null,
    });
  }
  await em.flush();
}
