import PDFDocument from 'pdfkit';

/** A small real PDF for the demo documents, so that a download opens in a viewer like the real ones. */
export function demoPdf(title: string, paragraphs: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: title, Author: 'Portail Famille' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title);
    doc.moveDown();
    for (const paragraph of paragraphs) doc.fontSize(11).text(paragraph).moveDown(0.5);
    doc.end();
  });
}
