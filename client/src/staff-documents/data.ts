import type { UpdateDocumentInput } from '@portail/shared/documents/schema';
import { read, trpc } from '../trpc/client.ts';
import { createQuery } from '../trpc/query.ts';
import type { RouterOutputs } from '../trpc/types.ts';

export type StaffDocument = RouterOutputs['documents']['listAll'][number];

/** Every document, whatever its publication window, with its status today. */
export const createAllDocuments = () =>
  createQuery(() => read((options) => trpc.documents.listAll.query(undefined, options)));

export const updateDocument = (input: UpdateDocumentInput) => trpc.documents.update.mutate(input);

export const removeDocument = (id: string) => trpc.documents.remove.mutate({ id });
