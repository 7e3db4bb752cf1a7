import { z } from 'zod';

/** The four categories of guide §1, in the order the guide lists them. */
export const documentCategories = ['inscription', 'preinscription', 'planning', 'menu'] as const;
export const DocumentCategory = z.enum(documentCategories);
export type DocumentCategory = z.infer<typeof DocumentCategory>;

export const documentCategoryLabels: Record<DocumentCategory, string> = {
  inscription: "Documents d'inscription ALE / ALP",
  preinscription: 'Dossiers de pré-inscription scolaire',
  planning: "Plannings d'activités",
  menu: 'Menus de restauration scolaire',
};

export const PublicDocument = z.object({
  id: z.string().uuid(),
  category: DocumentCategory,
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  publishedFrom: z.string(),
});
export type PublicDocument = z.infer<typeof PublicDocument>;

/** Where a document's bytes are served; HTTP because browsers download files, not WebSocket frames. */
export const documentDownloadPath = (id: string) => `/files/documents/${id}`;
