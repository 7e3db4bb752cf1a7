import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffDocumentType } from './files.ts';

describe('cleanFileName', () => {
  it('keeps only the last segment of a path, whichever separator the browser used', () => {
    expect(cleanFileName('../../etc/passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\agent\\..\\Menus mars.pdf', 'application/pdf')).toBe('Menus mars.pdf');
  });

  it('keeps accents, drops control and invisible characters, replaces reserved ones', () => {
    expect(cleanFileName('Règlement\u0000 intérieur\r\n.pdf', 'application/pdf')).toBe(
      'Règlement intérieur.pdf',
    );
    expect(cleanFileName('menu <semaine>: 12|13?.pdf', 'application/pdf')).toBe('menu _semaine__ 12_13_.pdf');
    // A right-to-left override would show « menu‮fdp.exe » as « menuexe.pdf ».
    expect(cleanFileName('menu\u202efdp.exe', 'application/pdf')).toBe('menufdp.exe.pdf');
    // Decomposed accents (as macOS writes them) come out composed.
    expect(cleanFileName('e\u0301te\u0301.png', 'image/png')).toBe('été.png');
  });

  it('ends with the extension of the type read from the bytes', () => {
    expect(cleanFileName('Photo.JPEG', 'image/jpeg')).toBe('Photo.jpeg');
    expect(cleanFileName('photo.jpg', 'image/jpeg')).toBe('photo.jpg');
    expect(cleanFileName('planning.docx', 'application/pdf')).toBe('planning.docx.pdf');
    expect(cleanFileName('affiche', 'image/webp')).toBe('affiche.webp');
  });

  it('gives a name to what is left empty, and defuses hidden files and device names', () => {
    expect(cleanFileName('', 'application/pdf')).toBe('document.pdf');
    expect(cleanFileName('../', 'application/pdf')).toBe('document.pdf');
    expect(cleanFileName('.pdf', 'application/pdf')).toBe('document.pdf');
    expect(cleanFileName('...htaccess', 'application/pdf')).toBe('htaccess.pdf');
    expect(cleanFileName('CON.pdf', 'application/pdf')).toBe('_CON.pdf');
  });

  it('stays within 100 characters without splitting a character', () => {
    const name = cleanFileName(`${'é'.repeat(150)}.pdf`, 'application/pdf');
    expect(name).toBe(`${'é'.repeat(96)}.pdf`);
    expect(Array.from(cleanFileName(`${'😀'.repeat(120)}.png`, 'image/png'))).toHaveLength(100);
  });
});

describe('sniffDocumentType', () => {
  it('reads the type from the bytes, not the name', async () => {
    expect(await sniffDocumentType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(
      await sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])),
    ).toBe('image/jpeg');
    expect(await sniffDocumentType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('refuses executables, scripts, web pages and what it cannot recognise', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
    expect(await sniffDocumentType(elf)).toBeUndefined();
    expect(await sniffDocumentType(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))).toBeUndefined();
    expect(await sniffDocumentType(Buffer.from('#!/bin/sh\nrm -rf ~\n'))).toBeUndefined();
    expect(await sniffDocumentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(await sniffDocumentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
    expect(await sniffDocumentType(new Uint8Array())).toBeUndefined();
  });
});
