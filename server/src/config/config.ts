import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

/**
 * Every setting the server reads, parsed once at start. A wrong value stops the server with a message naming
 * the variable and what it expects (see `loadConfig`), rather than failing later in some request.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'une URL postgres://utilisateur:mot-de-passe@hôte:port/base')
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  SEED_DEMO: flag.optional(),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WS_MAX_PAYLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  // Keep-alive on every socket: PING after this much silence, closed if no PONG follows in time.
  WS_PING_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  WS_PONG_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'une URL smtp://utilisateur:mot-de-passe@hôte:port (ou smtps://)')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Portail Famille <ne-pas-repondre@portail-famille.localhost>'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  // How many reverse proxies stand in front (each appends to X-Forwarded-For); `true` means one.
  TRUST_PROXY: z
    .union(
      [flag, z.coerce.number().int().min(0).max(5)],
      '0, 1, 2… (le nombre de proxys devant le portail), true ou false',
    )
    .transform((value) => (typeof value === 'boolean' ? Number(value) : value))
    .default(0),
  PAYMENT_PROVIDER: z.enum(['sandbox', 'payfip']).default('sandbox'),
  PAYFIP_NUMCLI: z
    .string()
    .regex(/^[0-9]{6}$/, 'les 6 chiffres du numéro client PayFiP fournis par la DGFiP')
    .optional(),
  PAYFIP_SAISIE: z.enum(['T', 'X', 'W'], 'T (test), X (activation) ou W (production)').default('T'),
  PAYFIP_SERVICE_URL: z.url().default('https://www.payfip.gouv.fr/tpa/services/securite'),
  PAYFIP_PAYMENT_URL: z.url().default('https://www.payfip.gouv.fr/tpa/paiementws.web'),
  PAYFIP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(15_000),
  SANDBOX_VALIDATION_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024, 'au plus 100 Mo (104857600 octets) : les fichiers sont gardés dans PostgreSQL')
    .default(10 * 1024 * 1024),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  RATE_LIMIT_PER_SESSION: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_SESSION_WRITES: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(2000),
  RATE_LIMIT_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1000).default(10),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  publicUrl: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  wsMaxPayloadBytes: number;
  /** Finds dead sockets (phones drop idle connections silently) and keeps proxies from closing live ones. */
  wsKeepAlive: { pingMs: number; pongWaitMs: number };
  smtpUrl: string | undefined;
  mailFrom: string;
  accessTokenTtlSeconds: number;
  /** Reverse proxies in front of the portal, whose X-Forwarded-For entries are believed. */
  trustProxy: number;
  payments: PaymentsConfig;
  /** Largest document staff may upload, in bytes; enforced while the upload streams in. */
  documentMaxBytes: number;
  rateLimits: RateLimitsConfig;
};

/**
 * Calls allowed per window to one session (one access token's session, else one socket) and to one client
 * address, and live subscriptions open at once on one socket. Counted in each instance's memory.
 */
export type RateLimitsConfig = {
  windowSeconds: number;
  perSession: number;
  /** Of which a family's changes: each costs a transaction, so a flood of them is cut sooner. */
  mutationsPerSession: number;
  perAddress: number;
  subscriptionsPerSocket: number;
};

/** Which bank the portal talks to; `sandbox` is the demo bank the portal serves itself at /banque/…. */
export type PaymentsConfig = {
  provider: 'sandbox' | 'payfip';
  payfip: {
    numcli: string;
    saisie: 'T' | 'X' | 'W';
    serviceUrl: string;
    paymentUrl: string;
    timeoutMs: number;
  } | null;
  sandboxValidationDelayMs: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.PAYMENT_PROVIDER === 'payfip' && !e.PAYFIP_NUMCLI) {
    throw new ConfigError(
      'Configuration invalide :\n  PAYFIP_NUMCLI: requis quand PAYMENT_PROVIDER=payfip (6 chiffres fournis par la DGFiP)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    // The embedded database is the newcomer's demo: seed it unless told not to. A real database is seeded
    // only on request, so production never receives demo families.
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    wsMaxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
    wsKeepAlive: { pingMs: e.WS_PING_MS, pongWaitMs: e.WS_PONG_WAIT_MS },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    trustProxy: e.TRUST_PROXY,
    payments: {
      provider: e.PAYMENT_PROVIDER,
      payfip: e.PAYFIP_NUMCLI
        ? {
            numcli: e.PAYFIP_NUMCLI,
            saisie: e.PAYFIP_SAISIE,
            serviceUrl: e.PAYFIP_SERVICE_URL,
            paymentUrl: e.PAYFIP_PAYMENT_URL,
            timeoutMs: e.PAYFIP_TIMEOUT_MS,
          }
        : null,
      sandboxValidationDelayMs: e.SANDBOX_VALIDATION_DELAY_MS,
    },
    documentMaxBytes: e.DOCUMENT_MAX_BYTES,
    rateLimits: {
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      perSession: e.RATE_LIMIT_PER_SESSION,
      mutationsPerSession: e.RATE_LIMIT_SESSION_WRITES,
      perAddress: e.RATE_LIMIT_PER_ADDRESS,
      subscriptionsPerSocket: e.RATE_LIMIT_SUBSCRIPTIONS,
    },
  };
}
