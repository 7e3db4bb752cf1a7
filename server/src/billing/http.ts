import type { EntityManager } from '@mikro-orm/postgresql';
import { InvoicesExportQuery, PaymentsExportQuery } from '@portail/shared/billing/schema';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { FamilyEntity } from '../accounts/entities.ts';
import type { Principal } from '../auth/principal.ts';
import { bearerPrincipal, csvReply, requireStaff, textReply } from '../http/downloads.ts';
import { loadMunicipality } from '../municipality/service.ts';
import type { Services } from '../trpc/context.ts';
import { InvoiceEntity } from './entities.ts';
import { invoicesExport, paymentsExport } from './exports.ts';
import { type InvoiceDocument, invoicePdf } from './pdf.ts';
import { invoiceViews } from './views.ts';

/**
 * The invoice's PDF for whoever may read it: a guardian of its family, or staff. Anyone else gets what an
 * unknown id gets, so ids reveal nothing.
 */
async function invoiceDocument(
  em: EntityManager,
  principal: Principal,
  invoiceId: number,
  publicUrl: string,
  now: Date,
): Promise<InvoiceDocument | undefined> {
  const invoice = await em.findOne(InvoiceEntity, { id: invoiceId });
  if (!invoice) return undefined;
  if (principal.kind === 'guardian' && principal.familyId !== invoice.family.id) return undefined;
  const [view] = await invoiceViews(em, { id: invoiceId }, now);
  const family = await em.findOneOrFail(FamilyEntity, { id: invoice.family.id }, { populate: ['guardians'] });
  if (!view) return undefined;
  return {
    municipality: await loadMunicipality(em),
    family: {
      reference: family.reference,
      guardians: family.guardians
        .getItems()
        .sort((a, b) => a.id - b.id)
        .map((g) => `${g.firstName} ${g.lastName}`),
      address: [family.addressLine1, family.addressLine2, `${family.postalCode} ${family.city}`].filter(
        (l): l is string => Boolean(l),
      ),
    },
    invoice: view,
    publicUrl,
  };
}

/**
 * Billing's files, over HTTP because browsers save and open files from URLs: each invoice's PDF, and the
 * public accountant's CSV exports (staff; semicolons and a BOM, as French spreadsheet software expects). The
 * access token comes as `Authorization: Bearer`, as for the other downloads.
 */
export const billingFilesRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  app.get('/files/invoices/:id.pdf', async (request, reply) => {
    const principal = await bearerPrincipal(services, request);
    if (!principal) return textReply(reply, 401, 'Veuillez vous connecter pour télécharger cette facture.');
    const params = z
      .object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
      .safeParse(request.params);
    const document = params.success
      ? await invoiceDocument(
          services.orm.em.fork(),
          principal,
          params.data.id,
          services.config.publicUrl,
          new Date(),
        )
      : undefined;
    if (!document) return textReply(reply, 404, 'Facture introuvable');
    const pdf = await invoicePdf(document);
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="facture-${document.invoice.number}.pdf"`)
      .header('Cache-Control', 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .send(pdf);
  });

  app.get('/files/exports/factures.csv', async (request, reply) => {
    if (!(await requireStaff(services, request, reply))) return reply;
    const q = InvoicesExportQuery.safeParse(request.query);
    if (!q.success) return textReply(reply, 400, 'Paramètres invalides : from=AAAA-MM&to=AAAA-MM.');
    const rows = await invoicesExport(services.orm.em.fork(), q.data.from, q.data.to, new Date());
    return csvReply(reply, `factures-${q.data.from}-${q.data.to}.csv`, rows);
  });

  app.get('/files/exports/paiements.csv', async (request, reply) => {
    if (!(await requireStaff(services, request, reply))) return reply;
    const q = PaymentsExportQuery.safeParse(request.query);
    if (!q.success) return textReply(reply, 400, 'Paramètres invalides : from=AAAA-MM-JJ&to=AAAA-MM-JJ.');
    const rows = await paymentsExport(services.orm.em.fork(), q.data.from, q.data.to);
    return csvReply(reply, `paiements-${q.data.from}-${q.data.to}.csv`, rows);
  });
};
