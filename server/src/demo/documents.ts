import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@portail/shared/bookings/calendar';
import type { DocumentCategory } from '@portail/shared/documents/schema';
import { DocumentEntity } from '../documents/entities.ts';
import { demoPdf } from './pdf.ts';

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

/** The public downloads of guide §1, published a month ago. */
export async function seedDocuments(em: EntityManager, today: string): Promise<void> {
  for (const d of demoDocuments) {
    const content = await demoPdf(d.title, d.body);
    em.create(DocumentEntity, {
      category: d.category,
      title: d.title,
      fileName: d.fileName,
      mimeType: 'application/pdf',
      sizeBytes: content.length,
      content,
      publishedFrom: addDays(today, -30),
      publishedUntil: null,
    });
  }
}
