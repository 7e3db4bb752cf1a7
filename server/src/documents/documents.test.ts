import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import { LiveEventEntity } from '../live/entities.ts';
import type { RunningServer } from '../server.ts';
import { DocumentEntity } from './entities.ts';

const MiB = 1024 * 1024;
const today = parisDate(new Date());
// A 1×1 transparent PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

function pdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

let server: RunningServer;
let staffToken: string;
let guardianToken: string;

beforeAll(async () => {
  server = await startTestServer({ DOCUMENT_MAX_BYTES: String(MiB) });
  const em = server.orm.em.fork();
  const agent = await em.findOneOrFail(StaffUserEntity, { email: 'agent@demo.fr' });
  const guardian = await em.findOneOrFail(GuardianEntity, { email: 'parent@demo.fr' });
  const sessionId = crypto.randomUUID();
  staffToken = (await server.tokens.sign({ kind: 'staff', staffId: agent.id, role: 'admin', sessionId }))
    .token;
  guardianToken = (
    await server.tokens.sign({
      kind: 'guardian',
      guardianId: guardian.id,
      familyId: guardian.family.id,
      sessionId,
    })
  ).token;
});
afterAll(() => server?.stop());

type Fields = { category?: string; title?: string; publishedFrom?: string; publishedUntil?: string };

function upload(
  file: { bytes: Uint8Array; name: string; type?: string } | undefined,
  fields: Fields = {},
  token: string | null = staffToken,
) {
  const form = new FormData();
  const all = { category: 'menu', title: 'Menus de mars', publishedFrom: today, ...fields };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  if (file) {
    form.append(
      'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  }
  return fetch(`${server.url}/files/documents`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function uploaded(res: Response): Promise<DocumentEntity> {
  expect(res.status, await res.clone().text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return server.orm.em.fork().findOneOrFail(DocumentEntity, id);
}

describe('document upload', () => {
  it('stores a real PDF, with a live event for every family and staff in the same transaction', async () => {
    const bytes = await pdf('Menus du mois de mars');
    const doc = await uploaded(await upload({ bytes, name: 'Menus de mars — cantine.pdf' }));
    expect(doc).toMatchObject({
      category: 'menu',
      title: 'Menus de mars',
      fileName: 'Menus de mars — cantine.pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      publishedFrom: today,
      publishedUntil: null,
    });
    const event = await server.orm.em
      .fork()
      .findOneOrFail(LiveEventEntity, { type: 'document.published' }, { orderBy: { id: 'desc' } });
    expect(event).toMatchObject({
      familyId: null,
      forFamilies: true,
      forStaff: true,
      payload: { type: 'document.published', documentId: doc.id },
    });

    const file = await fetch(`${server.url}/files/documents/${doc.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('stores a PNG whatever type the browser claims, under the extension of its real type', async () => {
    const doc = await uploaded(
      await upload(
        { bytes: png, name: 'Affiche été.jpeg', type: 'application/octet-stream' },
        { category: 'planning', title: 'Affiche' },
      ),
    );
    expect(doc).toMatchObject({
      mimeType: 'image/png',
      fileName: 'Affiche été.jpeg.png',
      sizeBytes: png.length,
    });
  });

  it('keeps only the file name of a path', async () => {
    const bytes = await pdf('Chemin');
    const doc = await uploaded(await upload({ bytes, name: '../../etc/passwd.pdf' }));
    expect(doc.fileName).toBe('passwd.pdf');
  });

  it('refuses an executable or a script renamed .pdf, and stores nothing', async () => {
    const before = await server.orm.em.fork().count(DocumentEntity);
    for (const bytes of [
      elf,
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]),
      Buffer.from('#!/bin/sh\n'),
    ]) {
      const res = await upload({ bytes, name: 'dossier.pdf' });
      expect(res.status).toBe(400);
      expect(await res.text()).toBe("Ce fichier n'est pas un PDF ni une image (PNG, JPEG, WebP).");
    }
    expect(await server.orm.em.fork().count(DocumentEntity)).toBe(before);
  });

  it('refuses a file over DOCUMENT_MAX_BYTES', async () => {
    const bytes = Buffer.concat([await pdf('Gros'), Buffer.alloc(12 * MiB)]);
    const res = await upload({ bytes, name: 'gros.pdf' });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Le fichier dépasse la taille maximale de 1 Mo.');
  });

  it('answers an oversized upload while it is still streaming, without waiting for the rest', async () => {
    const boundary = 'portail-test-boundary';
    const head = Buffer.from(
      [
        ...Object.entries({ category: 'menu', title: 'Sans fin', publishedFrom: today }).map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        ),
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sans-fin.pdf"\r\n`,
        'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n',
      ].join(''),
    );
    // 2 MiB of the file, then the body stays open: an answer can only come from the limit met on the way.
    let sent = 0;
    const stall = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent >= 2 * MiB) return new Promise(() => {});
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await fetch(`${server.url}/files/documents`, {
      method: 'POST',
      body,
      duplex: 'half',
      signal: stall.signal,
      headers: {
        authorization: `Bearer ${staffToken}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Le fichier dépasse la taille maximale de 1 Mo.');
    stall.abort();
  });

  it('refuses anyone but staff before reading the file', async () => {
    const bytes = await pdf('Anonyme');
    expect((await upload({ bytes, name: 'a.pdf' }, {}, null)).status).toBe(401);
    expect((await upload({ bytes, name: 'a.pdf' }, {}, guardianToken)).status).toBe(403);
    expect((await upload({ bytes, name: 'a.pdf' }, {}, 'not-a-token')).status).toBe(401);
  });

  it('says in French what is wrong with the form', async () => {
    const bytes = await pdf('Champs');
    const cases: [Fields, string][] = [
      [{ category: 'autre' }, 'Choisissez une catégorie.'],
      [{ title: '  ' }, 'Indiquez un titre.'],
      [{ publishedFrom: '2026-02-30' }, 'Indiquez une date de début de publication valide.'],
      [
        { publishedFrom: today, publishedUntil: addDays(today, -1) },
        'La fin de publication ne peut pas précéder son début.',
      ],
    ];
    for (const [fields, message] of cases) {
      const res = await upload({ bytes, name: 'a.pdf' }, fields);
      expect(res.status).toBe(400);
      expect(await res.text()).toBe(message);
    }
    const none = await upload(undefined);
    expect(none.status).toBe(400);
    expect(await none.text()).toBe('Choisissez un fichier à envoyer.');
  });
});

describe('documents for families and staff', () => {
  it('lists a document publicly from its publishedFrom and until its publishedUntil, staff see all', async () => {
    const bytes = await pdf('Futur');
    const future = await uploaded(
      await upload(
        { bytes, name: 'futur.pdf' },
        { title: 'Planning des vacances', publishedFrom: addDays(today, 3) },
      ),
    );
    const anonymous = wsClient(server.url);
    const staff = wsClient(server.url, staffToken);
    try {
      expect((await anonymous.trpc.documents.listPublic.query()).map((d) => d.id)).not.toContain(future.id);
      expect((await fetch(`${server.url}/files/documents/${future.id}`)).status).toBe(404);
      expect((await staff.trpc.documents.listAll.query()).find((d) => d.id === future.id)).toMatchObject({
        title: 'Planning des vacances',
        category: 'menu',
        publishedFrom: addDays(today, 3),
        publishedUntil: null,
        sizeBytes: bytes.length,
        mimeType: 'application/pdf',
        status: 'scheduled',
      });

      await staff.trpc.documents.update.mutate({
        id: future.id,
        title: 'Planning des vacances de printemps',
        category: 'planning',
        publishedFrom: today,
        publishedUntil: addDays(today, 10),
      });
      expect(
        (await anonymous.trpc.documents.listPublic.query()).find((d) => d.id === future.id),
      ).toMatchObject({
        title: 'Planning des vacances de printemps',
        category: 'planning',
      });
      expect((await fetch(`${server.url}/files/documents/${future.id}`)).status).toBe(200);

      await staff.trpc.documents.update.mutate({
        id: future.id,
        title: 'Planning des vacances de printemps',
        category: 'planning',
        publishedFrom: addDays(today, -10),
        publishedUntil: addDays(today, -1),
      });
      expect((await anonymous.trpc.documents.listPublic.query()).map((d) => d.id)).not.toContain(future.id);
      expect((await staff.trpc.documents.listAll.query()).find((d) => d.id === future.id)?.status).toBe(
        'expired',
      );
      await expect(
        staff.trpc.documents.update.mutate({
          id: future.id,
          title: 'x',
          category: 'planning',
          publishedFrom: today,
          publishedUntil: addDays(today, -1),
        }),
      ).rejects.toThrow();
    } finally {
      anonymous.close();
      staff.close();
    }
  });

  it('deletes a document for good, with an event', async () => {
    const doc = await uploaded(await upload({ bytes: await pdf('À supprimer'), name: 'x.pdf' }));
    const staff = wsClient(server.url, staffToken);
    try {
      const events = await server.orm.em.fork().count(LiveEventEntity, { type: 'document.published' });
      await staff.trpc.documents.remove.mutate({ id: doc.id });
      expect(await server.orm.em.fork().count(DocumentEntity, { id: doc.id })).toBe(0);
      expect(await server.orm.em.fork().count(LiveEventEntity, { type: 'document.published' })).toBe(
        events + 1,
      );
      expect((await fetch(`${server.url}/files/documents/${doc.id}`)).status).toBe(404);
      await expect(staff.trpc.documents.remove.mutate({ id: doc.id })).rejects.toThrow(
        "Ce document n'existe plus.",
      );
    } finally {
      staff.close();
    }
  });

  it('lets the service worker revalidate a download with ETag or Last-Modified', async () => {
    const doc = await uploaded(await upload({ bytes: await pdf('Cache'), name: 'cache.pdf' }));
    const url = `${server.url}/files/documents/${doc.id}`;
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toBe(`"${doc.id}"`);
    expect(lastModified).toBe(doc.createdAt.toUTCString());
    expect(first.headers.get('content-disposition')).toContain('filename="cache.pdf"');
    expect((await fetch(url, { headers: { 'if-none-match': etag as string } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': `W/${etag}, "other"` } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified as string } })).status).toBe(304);
    const earlier = new Date(doc.createdAt.getTime() - 60_000).toUTCString();
    expect((await fetch(url, { headers: { 'if-modified-since': earlier } })).status).toBe(200);
  });
});
