import type { EntityManager } from '@mikro-orm/postgresql';
import type { PublicDocument } from '@portail/shared/documents/schema';
import { AppError } from '../trpc/errors.ts';
import { DocumentEntity } from './entities.ts';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Documents whose publication window contains `today`, by category then newest first. */
export async function listPublishedDocuments(em: EntityManager, today: Date): Promise<PublicDocument[]> {
  const day = isoDate(today);
  const rows = await em.find(
    DocumentEntity,
    { publishedFrom: { $lte: day }, $or: [{ publishedUntil: null }, { publishedUntil: { $gte: day } }] },
    { orderBy: { category: 'asc', publishedFrom: 'desc', title: 'asc' } },
  );
  return rows.map((d) => ({
    id: d.id,
    category: d.category,
    title: d.title,
    fileName: d.fileName,
    mimeType: d.mimeType,
    sizeBytes: d.sizeBytes,
    publishedFrom: d.publishedFrom,
  }));
}

export type DocumentFile = { fileName: string; mimeType: string; content: Uint8Array };

/** A published document's bytes; an unknown or unpublished id is simply not found. */
export async function readPublishedDocument(
  em: EntityManager,
  id: string,
  today: Date,
): Promise<DocumentFile> {
  const day = isoDate(today);
  const doc = await em.findOne(
    DocumentEntity,
    { id, publishedFrom: { $lte: day }, $or: [{ publishedUntil: null }, { publishedUntil: { $gte: day } }] },
    { populate: ['content'] },
  );
  if (!doc) throw new AppError('NOT_FOUND', { devMessage: `document ${id}` });
  return { fileName: doc.fileName, mimeType: doc.mimeType, content: doc.content };
}
