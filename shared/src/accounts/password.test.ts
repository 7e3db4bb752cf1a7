import { describe, expect, it } from 'vitest';
import { checkPassword, describeMissing } from './password.ts';

describe('checkPassword (CNIL 2022)', () => {
  it('accepts 12 characters mixing the four classes', () => {
    expect(checkPassword('Demo-parent-2026').acceptable).toBe(true);
    expect(checkPassword('Ab1!efghijkl').acceptable).toBe(true);
  });

  it('refuses 11 characters even with every class', () => {
    const verdict = checkPassword('Ab1!efghijk');
    expect(verdict.acceptable).toBe(false);
    expect(verdict.missing).toContain('au moins 12 caractères');
  });

  it('names each missing class', () => {
    expect(checkPassword('abcdefghijklmn').missing).toEqual([
      'une majuscule',
      'un chiffre',
      'un caractère spécial',
    ]);
    expect(describeMissing(checkPassword('abcdefghijkl1A'))).toBe('Il manque : un caractère spécial.');
  });

  it('accepts a passphrase of four words and 20 characters without special classes', () => {
    expect(checkPassword('cheval correct pile agrafe').acceptable).toBe(true);
    expect(checkPassword('trois mots seulement').acceptable).toBe(false);
  });

  it('refuses a password containing the personal data given', () => {
    const verdict = checkPassword('Valentina-2026!', ['Valentina', 'test@demo.fr']);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.missing).toContain('ne pas contenir votre nom ou votre adresse e-mail');
  });

  it('grows the strength with length and variety', () => {
    expect(checkPassword('').strength).toBe(0);
    expect(checkPassword('abcdef').strength).toBe(0);
    expect(checkPassword('abcdefgh').strength).toBe(1);
    expect(checkPassword('Ab1!efghijkl').strength).toBe(3);
    expect(checkPassword('Ab1!efghijklmnopq').strength).toBe(4);
  });

  it('never rates an unacceptable password above « Moyen »', () => {
    expect(checkPassword('abcdefghijklmnopqrstuvwxyzab').strength).toBe(2);
  });
});
