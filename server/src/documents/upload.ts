import multipart, { type MultipartFile } from '@fastify/multipart';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentFields, documentUploadPath } from '@portail/shared/documents/schema';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { bearerPrincipal, requireStaff, textReply } from '../http/downloads.ts';
import type { Services } from '../trpc/context.ts';
import { cleanFileName, sniffDocumentType } from './files.ts';
import { createDocument } from './service.ts';

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

const messages = {
  form: 'Le formulaire envoyé est invalide. Rechargez la page et réessayez.',
  noFile: 'Choisissez un fichier à envoyer.',
  notAccepted: "Ce fichier n'est pas un PDF ni une image (PNG, JPEG, WebP).",
  tooLarge: (max: number) =>
    `Le fichier dépasse la taille maximale de ${megabytes.format(max / 1024 / 1024)} Mo.`,
};

type Form = {
  fields: Record<string, string>;
  file: { name: string; bytes: Buffer } | 'too_large' | undefined;
};

/**
 * A file part's bytes. busboy stops handing them over at `fileSize` and says so (`limit`, `truncated`): no
 * more than the limit is ever held in memory, and the answer does not wait for the rest of the body, which
 * busboy reads and drops so that the browser, still sending, receives it.
 */
function readFile(file: MultipartFile['file']): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer) => chunks.push(chunk);
    file.on('data', keep);
    file.once('limit', () => {
      file.off('data', keep);
      chunks.length = 0;
      file.resume();
      resolve('too_large');
    });
    file.once('end', () => resolve(file.truncated ? 'too_large' : Buffer.concat(chunks)));
    file.once('error', reject);
  });
}

/** Reads the form as it streams in: the fields, whatever their order, and the part named `file`. */
async function readForm(request: FastifyRequest): Promise<Form> {
  const form: Form = { fields: {}, file: undefined };
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.valueTruncated || typeof part.value !== 'string') throw new Error(`field ${part.fieldname}`);
      form.fields[part.fieldname] = part.value;
      continue;
    }
    const bytes = await readFile(part.file);
    if (part.fieldname !== 'file') continue;
    if (bytes === 'too_large') return { ...form, file: 'too_large' };
    form.file = { name: part.filename ?? '', bytes };
  }
  return form;
}

/**
 * Staff upload a document of guide §1 (multipart/form-data: category, title, publishedFrom, publishedUntil,
 * file). The file's type is read from its bytes; only PDF and images a phone shows are kept. Answers 201
 * `{ id }`, or a French sentence with 400 (401/403 for anyone but staff, before the body is read).
 */
export const documentUploadRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const maxBytes = services.config.documentMaxBytes;
  // Registered here only: no other route parses multipart bodies.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 10, fieldSize: 2000, headerPairs: 50 },
  });

  app.post(documentUploadPath, async (request: FastifyRequest, reply: FastifyReply) => {
    if (!(await requireStaff(services, request, reply))) return reply;
    if (!request.isMultipart()) return textReply(reply, 400, messages.form);
    let form: Form;
    try {
      form = await readForm(request);
    } catch (error) {
      request.log.info({ err: error }, 'document upload: unreadable form');
      return textReply(reply, 400, messages.form);
    }
    if (form.file === 'too_large') return textReply(reply, 400, messages.tooLarge(maxBytes));
    const fields = DocumentFields.safeParse({
      category: form.fields.category,
      title: form.fields.title,
      publishedFrom: form.fields.publishedFrom,
      publishedUntil: form.fields.publishedUntil?.trim() || null,
    });
    if (!fields.success) return textReply(reply, 400, fields.error.issues[0]?.message ?? messages.form);
    if (!form.file || form.file.bytes.length === 0) return textReply(reply, 400, messages.noFile);
    const mimeType = await sniffDocumentType(form.file.bytes);
    if (!mimeType) return textReply(reply, 400, messages.notAccepted);

    const fileName = cleanFileName(form.file.name, mimeType);
    const created = await createDocument(services.orm.em.fork() as EntityManager, fields.data, {
      fileName,
      mimeType,
      content: form.file.bytes,
    });
    const principal = await bearerPrincipal(services, request);
    request.log.info(
      { documentId: created.id, staffId: principal?.kind === 'staff' ? principal.staffId : undefined },
      'document déposé',
    );
    return reply.code(201).header('Cache-Control', 'no-store').send(created);
  });
};
