import { formatDateFr, formatDatesCompact, formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceStateLabels } from '@portail/shared/billing/labels';
import { parisDate } from '@portail/shared/bookings/calendar';
import type { Municipality } from '@portail/shared/municipality/schema';
import PDFDocument from 'pdfkit';
import { invoicesPageUrl } from './mails.ts';
import type { InvoiceView } from './views.ts';

export type InvoiceDocument = {
  municipality: Municipality;
  family: { reference: string; guardians: string[]; address: string[] };
  invoice: InvoiceView;
  publicUrl: string;
};

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN; // A4
/** Enfant, Prestation, Jours, Qté, Prix unitaire, Montant. */
const COLUMNS = [
  { title: 'Enfant', width: 85, align: 'left' },
  { title: 'Prestation', width: 120, align: 'left' },
  { title: 'Jours', width: 120, align: 'left' },
  { title: 'Qté', width: 35, align: 'right' },
  { title: 'Prix unitaire', width: 67, align: 'right' },
  { title: 'Montant', width: WIDTH - 85 - 120 - 120 - 35 - 67, align: 'right' },
] as const;
const GAP = 4;

/**
 * The invoice as a PDF (« éditer vos factures »): who bills and how to reach them, to whom, what, how much is
 * left, and how to pay. Standard fonts: WinAnsi covers French and the euro sign.
 */
export function invoicePdf(d: InvoiceDocument): Promise<Buffer> {
  const { municipality: m, family, invoice } = d;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: { Title: `Facture n° ${invoice.number}`, Author: `${m.serviceName} — ${m.name}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    // Who bills, left; the invoice's identity, right.
    const top = doc.y;
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(m.name, MARGIN, top, { width: WIDTH / 2 });
    doc.font('Helvetica').fontSize(9);
    for (const line of [m.serviceName, m.address, `Tél. ${m.phone}`, m.email, m.openingHours])
      doc.text(line, { width: WIDTH / 2 });
    const leftBottom = doc.y;
    const right = { width: WIDTH / 2, align: 'right' as const };
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(`Facture n° ${invoice.number}`, MARGIN + WIDTH / 2, top, right);
    doc.font('Helvetica').fontSize(10);
    doc.text(`Prestations de ${formatMonthFr(invoice.month)}`, right);
    doc.text(`Émise le ${formatDateFr(invoice.issueDate)}`, right);
    doc.font('Helvetica-Bold').text(`À régler avant le ${formatDateFr(invoice.dueDate)}`, right);
    doc.font('Helvetica').text(`État : ${invoiceStateLabels[invoice.displayState]}`, right);
    doc.y = Math.max(doc.y, leftBottom) + 20;

    // To whom.
    const addressee = [...family.guardians, ...family.address];
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`Famille — référence ${family.reference}`, MARGIN + WIDTH / 2);
    doc.font('Helvetica').text(addressee.join('\n'), MARGIN + WIDTH / 2, doc.y, { width: WIDTH / 2 });
    doc.moveDown(1.5);
    doc.x = MARGIN;

    if (invoice.state === 'cancelled') {
      doc.font('Helvetica-Bold').fillColor('#b91c1c');
      doc.text(
        `FACTURE ANNULÉE${invoice.cancelledAt ? ` le ${formatDateFr(parisDate(new Date(invoice.cancelledAt)))}` : ''}${invoice.cancelledReason ? ` — motif : ${invoice.cancelledReason}` : ''}${invoice.replacedBy ? ` — remplacée par la facture n° ${invoice.replacedBy.number}` : ''}. Elle n'est pas à payer.`,
        MARGIN,
        doc.y,
        { width: WIDTH },
      );
      doc.fillColor('black').font('Helvetica').moveDown();
    }
    if (invoice.replaces) {
      doc.font('Helvetica').fontSize(10);
      doc.text(`Cette facture remplace la facture n° ${invoice.replaces.number}, annulée.`, MARGIN, doc.y, {
        width: WIDTH,
      });
      doc.moveDown();
    }

    linesTable(doc, invoice);

    // Totals, kept together.
    doc.moveDown(0.5);
    ensureRoom(doc, 60);
    const totals: [string, number, boolean][] = [
      ['Total', invoice.totalCents, true],
      ['Déjà payé', invoice.paidCents, false],
      ['Reste à payer', invoice.remainingCents, true],
    ];
    for (const [label, cents, bold] of totals) {
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(11);
      doc.text(label, MARGIN + WIDTH - 260, y, { width: 150, align: 'right' });
      doc.text(formatEuros(cents), MARGIN + WIDTH - 100, y, { width: 100, align: 'right' });
    }
    doc.x = MARGIN;
    doc.moveDown(2);

    // How to pay.
    if (invoice.state !== 'cancelled' && invoice.remainingCents > 0) {
      ensureRoom(doc, 120);
      doc.font('Helvetica-Bold').fontSize(11).text('Comment payer ?', MARGIN, doc.y, { width: WIDTH });
      doc.font('Helvetica').fontSize(10).moveDown(0.3);
      doc.text(
        `• En ligne, par carte bancaire : Portail Famille, « Mes Factures & Paiements », bouton « Payer en ligne » — ${invoicesPageUrl(d.publicUrl)}. Plusieurs factures peuvent être réglées en un seul paiement.`,
        { width: WIDTH },
      );
      doc.text(
        `• Au guichet du ${m.serviceName}, ${m.address} (${m.openingHours}) : chèque, espèces ou CESU, en rappelant le numéro de facture ${invoice.number}.`,
        { width: WIDTH },
      );
    }
    doc.moveDown();
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#374151')
      .text(
        `Une question sur cette facture ? ${m.serviceName} — Tél. ${m.phone} — ${m.email}`,
        MARGIN,
        doc.y,
        { width: WIDTH },
      );
    doc.end();
  });
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): boolean {
  if (doc.y + height <= doc.page.height - MARGIN) return false;
  doc.addPage();
  return true;
}

function row(doc: PDFKit.PDFDocument, cells: string[], bold: boolean): void {
  const font = () => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  font();
  const heights = cells.map((c, i) => doc.heightOfString(c, { width: (COLUMNS[i]?.width ?? 0) - GAP }));
  const height = Math.max(...heights);
  // A table that runs onto a new page repeats its header there.
  if (ensureRoom(doc, height + 6) && !bold) {
    header(doc);
    font();
  }
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const column = COLUMNS[i];
    if (!column) return;
    doc.text(cell, x, y, { width: column.width - GAP, align: column.align });
    x += column.width;
  });
  doc.y = y + height + 4;
  doc
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(MARGIN + WIDTH, doc.y - 2)
    .lineWidth(0.5)
    .strokeColor('#d1d5db')
    .stroke();
}

const header = (doc: PDFKit.PDFDocument) =>
  row(
    doc,
    COLUMNS.map((c) => c.title),
    true,
  );

function linesTable(doc: PDFKit.PDFDocument, invoice: InvoiceView): void {
  header(doc);
  for (const line of invoice.lines) {
    row(
      doc,
      [
        line.childName,
        line.unitName,
        formatDatesCompact(line.dates),
        String(line.quantity),
        formatEuros(line.unitPriceCents),
        formatEuros(line.amountCents),
      ],
      false,
    );
  }
}
