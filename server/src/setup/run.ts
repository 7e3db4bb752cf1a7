import { parseArgs } from 'node:util';
import { MunicipalityInput } from '@portail/shared/municipality/schema';
import { type Logger, pino } from 'pino';
import type { z } from 'zod';
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import { connectDatabase } from '../db/connect.ts';
import { Mailer } from '../mail/mailer.ts';
import { saveMunicipality } from '../municipality/service.ts';
import { createStaffAccount } from '../staff-accounts/service.ts';
import { AppError } from '../trpc/errors.ts';
import { StaffSetup } from './inputs.ts';

/** sysexits.h: the command line was wrong, the data given was wrong, the configuration was wrong. */
const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_CONFIG = 78;

export const usage = `Mise en service du Portail Famille, sur la base de DATABASE_URL (sans elle, la base intégrée :
arrêtez d'abord le portail).

  npm run setup -- municipality --name <commune> --address <adresse> --phone <téléphone>
      --email <courriel> --opening-hours <horaires> [--service-name <service>] [--website <url>]
    Renseigne la fiche du service que les familles voient sur chaque page (la remplace si elle existe).

  npm run setup -- staff --email <courriel> --first-name <prénom> --last-name <nom> [--role admin|agent]
    Crée un compte agent (administrateur par défaut) et affiche son lien d'activation, valable 48 heures,
    aussi envoyé par courriel quand SMTP_URL est configuré.`;

const text = { type: 'string' } as const;
const commands = {
  municipality: {
    schema: MunicipalityInput,
    flags: {
      name: text,
      'service-name': text,
      address: text,
      phone: text,
      email: text,
      'opening-hours': text,
      website: text,
    },
  },
  staff: {
    schema: StaffSetup,
    flags: { email: text, 'first-name': text, 'last-name': text, role: text },
  },
} as const;

type Request =
  | { command: 'municipality'; input: MunicipalityInput }
  | { command: 'staff'; input: StaffSetup };
type Outcome = { code: number; text: string };

const camel = (flag: string) => flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const kebab = (field: string) => field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Each flag's value checked by the command's schema; a wrong one is named by its flag, in French. */
function checked(schema: z.ZodType, values: Record<string, unknown>): { input: unknown } | Outcome {
  const fields = Object.fromEntries(Object.entries(values).map(([flag, value]) => [camel(flag), value]));
  const result = schema.safeParse(fields);
  if (result.success) return { input: result.data };
  const lines = result.error.issues.map((issue) => {
    const flag = `--${kebab(String(issue.path[0]))}`;
    return `  ${flag} : ${issue.code === 'invalid_type' ? 'obligatoire' : issue.message}`;
  });
  return { code: EX_DATAERR, text: `Informations invalides :\n${lines.join('\n')}` };
}

/** The command and its input, or why there is none. */
function requestOf(args: string[]): Request | Outcome {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') return { code: 0, text: usage };
  if (command !== 'municipality' && command !== 'staff') {
    return { code: EX_USAGE, text: command ? `Commande inconnue : ${command}\n\n${usage}` : usage };
  }
  const { schema, flags } = commands[command];
  try {
    const { values } = parseArgs({ args: rest, options: flags, strict: true });
    const result = checked(schema, values);
    return 'input' in result ? ({ command, input: result.input } as Request) : result;
  } catch (error) {
    return { code: EX_USAGE, text: `${wrongArguments(error)}\n\n${usage}` };
  }
}

/** Node's parseArgs speaks English; the operator reads French. */
function wrongArguments(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const named = (/'([^']+)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option inconnue : ${named}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Valeur manquante : ${named}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Argument inattendu : ${named}`;
  return message;
}

const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'object' && value !== null && 'code' in value && 'text' in value;

async function execute(request: Request, config: Config, log: Logger): Promise<string> {
  const database = await connectDatabase(config, log);
  const mailer = new Mailer({ orm: database.orm, log, smtpUrl: config.smtpUrl, from: config.mailFrom });
  try {
    const em = database.orm.em.fork();
    if (request.command === 'municipality') {
      const done = await em.transactional((tx) => saveMunicipality(tx, request.input));
      return done === 'created' ? 'Fiche du service enregistrée.' : 'Fiche du service remplacée.';
    }
    const staff = request.input;
    const { link } = await em.transactional((tx) =>
      createStaffAccount(tx, { config, mailer }, staff, new Date()),
    );
    const mailed = (await mailer.deliver()) > 0;
    return [
      `Compte ${staff.role === 'admin' ? 'administrateur' : 'agent'} créé pour ${staff.email}.`,
      `Lien d'activation (48 heures, une seule fois) : ${link}`,
      mailed
        ? 'Le lien lui a aussi été envoyé par courriel.'
        : 'Aucun courriel envoyé (SMTP_URL absent ou envoi en échec) : transmettez-lui ce lien.',
    ].join('\n');
  } finally {
    await mailer.stop();
    await database.close();
  }
}

/**
 * `npm run setup -- <command> …`: what a town hall does before opening the portal with `SEED_DEMO=0` (the
 * S.E.J.'s contact card, the first admin), and to add a staff account. Returns the exit code; `print` gets
 * what the operator reads, in French.
 */
export async function runSetup(
  args: string[],
  env: NodeJS.ProcessEnv,
  print: (text: string) => void,
  log: Logger = pino({ level: 'warn' }, pino.destination(2)),
): Promise<number> {
  const request = requestOf(args);
  if (isOutcome(request)) {
    print(request.text);
    return request.code;
  }
  try {
    print(await execute(request, loadConfig(env), log));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      print(error.message);
      return EX_CONFIG;
    }
    if (!(error instanceof AppError)) throw error;
    print(error.userMessage);
    return 1;
  }
}
