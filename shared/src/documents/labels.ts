/**
 * What the client shows of documents, zod-free: the home page imports these, and its first download must not
 * carry zod (bench/client-initial-js.ts). schema.ts re-exports them for the server.
 */

/** The four categories of guide §1, in the order the guide lists them. */
export const documentCategories = ['inscription', 'preinscription', 'planning', 'menu'] as const;
export type DocumentCategory = (typeof documentCategories)[number];

export const documentCategoryLabels: Record<DocumentCategory, string> = {
  inscription: "Documents d'inscription ALE / ALP",
  preinscription: 'Dossiers de pré-inscription scolaire',
  planning: "Plannings d'activités",
  menu: 'Menus de restauration scolaire',
};

/** Where a document's bytes are served; HTTP because browsers download files, not WebSocket frames. */
export const documentDownloadPath = (id: string) => `/files/documents/${id}`;
