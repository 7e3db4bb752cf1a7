import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../test/admin.ts';
import { createTestDatabase } from '../../test/database.ts';
import { login, mutate } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { startSmtp } from '../../test/smtp.ts';
import { runSetup } from './run.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const card = [
  '--name',
  'Valbourg',
  '--address',
  '1 place de la Mairie, 31000 Valbourg',
  '--phone',
  '05 61 00 00 00',
  '--email',
  'SEJ@Valbourg.fr',
  '--opening-hours',
  'Du lundi au vendredi, 8 h 30 – 12 h',
];
const admin = ['--email', 'Anne.Leroy@Valbourg.fr', '--first-name', 'Anne', '--last-name', 'Leroy'];

let database: { url: string; name: string };
let env: NodeJS.ProcessEnv;
const quiet = pino({ level: 'silent' });

/** The command as the operator runs it: what it printed and its exit code. */
async function setup(...args: string[]) {
  const printed: string[] = [];
  const code = await runSetup(args, env, (text) => printed.push(text), quiet);
  return { code, text: printed.join('\n') };
}

const count = async (table: string) =>
  Number((await adminQuery<{ n: string }>(database.url, `select count(*) as n from ${table}`))[0]?.n);

beforeAll(async () => {
  // A migrated database with nothing in it, as production starts with SEED_DEMO=0.
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, PUBLIC_URL: 'https://portail.valbourg.fr', LOG_LEVEL: 'silent' };
});
afterAll(() =>
  adminQuery(inject('adminDatabaseUrl'), `drop database if exists ${database.name} with (force)`),
);

// One database through the steps of a real setup, in order: nothing, the contact card, the accounts.
describe('npm run setup', () => {
  it('says what is wrong with the command line, in French, and writes nothing', async () => {
    expect(await setup()).toMatchObject({
      code: 64,
      text: expect.stringContaining('npm run setup -- staff'),
    });
    expect(await setup('familles')).toMatchObject({
      code: 64,
      text: expect.stringContaining('Commande inconnue'),
    });
    expect(await setup('staff', '--colour', 'bleu')).toMatchObject({
      code: 64,
      text: expect.stringContaining('Option inconnue : --colour'),
    });
    const wrong = await setup('municipality', ...card.slice(0, 6), '--email', 'pas-une-adresse');
    expect(wrong.code).toBe(65);
    expect(wrong.text).toContain('--email : Adresse électronique invalide.');
    expect(wrong.text).toContain('--opening-hours : obligatoire');
    expect(await count('municipality')).toBe(0);
    expect(await count('staff_user')).toBe(0);
  });

  it('asks for the contact card before the first account, then records the card and replaces it', async () => {
    const early = await setup('staff', ...admin);
    expect(early).toMatchObject({ code: 1, text: expect.stringContaining('Renseignez d’abord la commune') });
    expect(await count('staff_user')).toBe(0);

    expect(await setup('municipality', ...card)).toEqual({ code: 0, text: 'Fiche du service enregistrée.' });
    const again = await setup('municipality', ...card, '--website', 'https://www.valbourg.fr');
    expect(again).toEqual({ code: 0, text: 'Fiche du service remplacée.' });
    const rows = await adminQuery<Record<string, string>>(database.url, 'select * from municipality');
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'Valbourg',
        service_name: 'Service Enfance Jeunesse',
        email: 'sej@valbourg.fr',
        website: 'https://www.valbourg.fr',
      }),
    ]);
  });

  it('creates an admin whose link, printed and mailed over SMTP, activates the account and opens the console', async () => {
    const smtp = await startSmtp();
    try {
      const made = await setup('staff', ...admin);
      env = { ...env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
      const mailed = await setup(
        'staff',
        '--email',
        'julien@valbourg.fr',
        '--first-name',
        'Julien',
        '--last-name',
        'Moreau',
        '--role',
        'agent',
      );
      expect(made.code).toBe(0);
      expect(made.text).toContain('Compte administrateur créé pour anne.leroy@valbourg.fr.');
      expect(made.text).toContain('Aucun courriel envoyé');
      expect(mailed.text).toContain('Compte agent créé pour julien@valbourg.fr.');
      expect(mailed.text).toContain('Le lien lui a aussi été envoyé par courriel.');
      expect(smtp.received.map((mail) => mail.to)).toEqual([['julien@valbourg.fr']]);
      // Quoted-printable: its soft line breaks removed, the mail holds the link.
      const body = smtp.received[0]?.raw.replace(/=\r?\n/g, '');
      expect(body).toMatch(/https:\/\/portail\.valbourg\.fr\/activation#[\w-]{43}/);

      const link = /https:\/\/portail\.valbourg\.fr\/activation#([\w-]{43})/.exec(made.text)?.[1];
      expect(link).toBeDefined();
      const server = await startTestServer({ SEED_DEMO: '0' }, database);
      try {
        const activated = await mutate(server.url, 'auth.activate', {
          token: link,
          password: 'Cantine-Valbourg-2026',
        });
        expect(activated.status).toBe(200);
        const { token } = await login(server.url, 'anne.leroy@valbourg.fr', 'Cantine-Valbourg-2026');
        const me = await fetch(`${server.url}/trpc/auth.me`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(((await me.json()) as { result: { data: unknown } }).result.data).toMatchObject({
          kind: 'staff',
          role: 'admin',
          firstName: 'Anne',
        });
      } finally {
        await server.stop();
      }
    } finally {
      await smtp.close();
    }
  });

  it('refuses a second account with the same address and keeps the first', async () => {
    const twice = await setup(
      'staff',
      '--email',
      'ANNE.LEROY@valbourg.fr',
      '--first-name',
      'A',
      '--last-name',
      'L',
    );
    expect(twice).toMatchObject({ code: 1, text: expect.stringContaining('Un compte agent existe déjà') });
    const rows = await adminQuery<{ first_name: string }>(
      database.url,
      "select first_name from staff_user where email = 'anne.leroy@valbourg.fr'",
    );
    expect(rows).toEqual([{ first_name: 'Anne' }]);
  });

  it('runs as a command: `node server/src/setup/cli.ts --help`', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--help'], {
      env: { ...process.env, ...env },
    });
    expect(stdout).toContain('Mise en service du Portail Famille');
  });
});
