import type { EntityManager } from '@mikro-orm/postgresql';
import { parisDate } from '@portail/shared/bookings/calendar';
import type {
  DocumentFields,
  DocumentMimeType,
  DocumentStatus,
  PublicDocument,
  StaffDocument,
  UpdateDocumentInput,
} from '@portail/shared/documents/schema';
import { everyone, publish } from '../live/publish.ts';
import { AppError } from '../trpc/errors.ts';
import { DocumentEntity } from './entities.ts';

/** Publication windows are calendar days in France, whatever the server's time zone. */
const visibleOn = (day: string) => ({
  publishedFrom: { $lte: day },
  $or: [{ publishedUntil: null }, { publishedUntil: { $gte: day } }],
});

const toPublic = (d: DocumentEntity): PublicDocument => ({
  id: d.id,
  category: d.category,
  title: d.title,
  fileName: d.fileName,
  mimeType: d.mimeType,
  sizeBytes: d.sizeBytes,
  publishedFrom: d.publishedFrom,
});

/** Documents whose publication window contains `today`, by category then newest first. */
export async function listPublishedDocuments(em: EntityManager, today: Date): Promise<PublicDocument[]> {
  const rows = await em.find(DocumentEntity, visibleOn(parisDate(today)), {
    orderBy: { category: 'asc', publishedFrom: 'desc', title: 'asc' },
  });
  return rows.map(toPublic);
}

function statusOn(d: DocumentEntity, day: string): DocumentStatus {
  if (d.publishedFrom > day) return 'scheduled';
  return d.publishedUntil && d.publishedUntil < day ? 'expired' : 'published';
}

/** Every document, scheduled and expired ones too, newest publication first: the staff's list. */
export async function listAllDocuments(em: EntityManager, today: Date): Promise<StaffDocument[]> {
  const day = parisDate(today);
  const rows = await em.find(DocumentEntity, {}, { orderBy: { publishedFrom: 'desc', createdAt: 'desc' } });
  return rows.map((d) => ({
    ...toPublic(d),
    publishedUntil: d.publishedUntil ?? null,
    createdAt: d.createdAt.toISOString(),
    status: statusOn(d, day),
  }));
}

/** A published document, without its bytes: enough to answer a revalidation. Unknown or unpublished: not found. */
export async function findPublishedDocument(em: EntityManager, id: string, today: Date) {
  const doc = await em.findOne(DocumentEntity, { id, ...visibleOn(parisDate(today)) });
  if (!doc) throw new AppError('NOT_FOUND', { devMessage: `document ${id}` });
  return doc;
}

export async function documentContent(em: EntityManager, doc: DocumentEntity): Promise<Uint8Array> {
  await em.populate(doc, ['content']);
  return doc.content;
}

export type UploadedFile = { fileName: string; mimeType: DocumentMimeType; content: Uint8Array };

/**
 * Stores an uploaded document and tells every family and staff member, in one transaction. The event goes
 * out even for a document scheduled later: open pages read the list again and show what is due.
 */
export async function createDocument(
  em: EntityManager,
  fields: DocumentFields,
  file: UploadedFile,
): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  await em.transactional(async (tx) => {
    tx.create(DocumentEntity, {
      id,
      ...fields,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.content.length,
      content: file.content,
    });
    publish(tx, everyone, { type: 'document.published', documentId: id });
  });
  return { id };
}

/** Changes what families read about a document and when; the file itself never changes under its id. */
export async function updateDocument(em: EntityManager, input: UpdateDocumentInput): Promise<void> {
  await em.transactional(async (tx) => {
    const doc = await tx.findOne(DocumentEntity, input.id);
    if (!doc) throw new AppError('NOT_FOUND', { userMessage: "Ce document n'existe plus." });
    doc.title = input.title;
    doc.category = input.category;
    doc.publishedFrom = input.publishedFrom;
    doc.publishedUntil = input.publishedUntil;
    publish(tx, everyone, { type: 'document.published', documentId: doc.id });
  });
}

/**
 * Deletes a document for good, bytes included. The same event tells open pages and cached lists to read
 * the documents again, so that nobody keeps a link that now answers 404.
 */
export async function removeDocument(em: EntityManager, id: string): Promise<void> {
  await em.transactional(async (tx) => {
    const deleted = await tx.nativeDelete(DocumentEntity, { id });
    if (deleted === 0) throw new AppError('NOT_FOUND', { userMessage: "Ce document n'existe plus." });
    publish(tx, everyone, { type: 'document.published', documentId: id });
  });
}
