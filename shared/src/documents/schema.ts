import { z } from 'zod';
import { documentCategories } from './labels.ts';

export { documentCategories, documentCategoryLabels, documentDownloadPath } from './labels.ts';

export const DocumentCategory = z.enum(documentCategories);
export type DocumentCategory = z.infer<typeof DocumentCategory>;

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

/**
 * Where staff upload a document: multipart/form-data with the fields of `DocumentFields` and `file`, the
 * access token as `Authorization: Bearer`. Answers 201 `{ id }`, or 400/401/403 with a French sentence as
 * text/plain.
 */
export const documentUploadPath = '/files/documents';

/** What may be uploaded, by the type read from the file's bytes: PDF, and images a phone can show. */
export const documentMimeTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type DocumentMimeType = (typeof documentMimeTypes)[number];

const documentFields = {
  category: z.enum(documentCategories, { error: 'Choisissez une catégorie.' }),
  title: z
    .string({ error: 'Indiquez un titre.' })
    .trim()
    .min(1, 'Indiquez un titre.')
    .max(200, 'Le titre ne doit pas dépasser 200 caractères.'),
  publishedFrom: z.iso.date({ error: 'Indiquez une date de début de publication valide.' }),
  publishedUntil: z.iso.date({ error: 'La date de fin de publication est invalide.' }).nullable(),
};
const windowInOrder = {
  check: (d: { publishedFrom: string; publishedUntil: string | null }) =>
    d.publishedUntil === null || d.publishedUntil >= d.publishedFrom,
  params: {
    error: 'La fin de publication ne peut pas précéder son début.',
    path: ['publishedUntil'],
  },
};

/** The form of an upload (beside the file) and of an edit: `publishedUntil` null means « sans fin ». */
export const DocumentFields = z.object(documentFields).refine(windowInOrder.check, windowInOrder.params);
export type DocumentFields = z.infer<typeof DocumentFields>;

export const UpdateDocumentInput = z
  .object({ id: z.uuid(), ...documentFields })
  .refine(windowInOrder.check, windowInOrder.params);
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInput>;

export const RemoveDocumentInput = z.object({ id: z.uuid() });

/** Where a document stands today: not yet visible, visible, or no longer visible to families. */
export const documentStatuses = ['scheduled', 'published', 'expired'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const documentStatusLabels: Record<DocumentStatus, string> = {
  scheduled: 'Programmé',
  published: 'En ligne',
  expired: 'Publication terminée',
};

/** A document as staff manage it, whatever its publication window. */
export type StaffDocument = PublicDocument & {
  publishedUntil: string | null;
  createdAt: string;
  status: DocumentStatus;
};
