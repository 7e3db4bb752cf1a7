import { inflateSync } from 'node:zlib';

const winAnsi = new TextDecoder('windows-1252');

/**
 * The text of a PDF as pdfkit writes it with the standard fonts: deflated content streams whose text operators
 * (TJ / Tj) hold hex strings in WinAnsi. Enough to read an invoice back in a test; not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue; // an image or a font, not text
    }
    for (const op of content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [op[2]];
      texts.push(hexes.map((hex) => winAnsi.decode(Buffer.from(hex ?? '', 'hex'))).join(''));
    }
  }
  return texts.join('\n');
}
