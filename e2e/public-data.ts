import { type APIRequestContext, expect } from '@playwright/test';
import type { PublicDocument } from '@portail/shared/documents/schema';
import type { Municipality } from '@portail/shared/municipality/schema';

/** What the seeded database holds, read through the server's public tRPC queries (over HTTP). */
async function query<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/trpc/${path}`);
  expect(response.ok(), `GET /trpc/${path}`).toBe(true);
  const body = (await response.json()) as { result: { data: T } };
  return body.result.data;
}

export const readMunicipality = (request: APIRequestContext) =>
  query<Municipality>(request, 'municipality.get');

export const readPublicDocuments = (request: APIRequestContext) =>
  query<PublicDocument[]>(request, 'documents.listPublic');

/** Regular-expression text matching `text` literally. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
