import { defineEntity, p } from '@mikro-orm/core';
import { documentCategories } from '@portail/shared/documents/schema';

/**
 * A downloadable document of guide §1. The bytes live in PostgreSQL with the rest of the state, so that any
 * instance behind the load balancer can serve any file.
 */
export const DocumentSchema = defineEntity({
  name: 'Document',
  tableName: 'document',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    category: p.enum(documentCategories),
    title: p.string(),
    fileName: p.string(),
    mimeType: p.string(),
    sizeBytes: p.integer(),
    content: p.blob().lazy(),
    publishedFrom: p.date(),
    publishedUntil: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['category', 'publishedFrom'] }],
});
export class DocumentEntity extends DocumentSchema.class {}
DocumentSchema.setClass(DocumentEntity);
