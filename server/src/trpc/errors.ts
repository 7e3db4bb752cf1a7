import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** Stable codes of everything that can go wrong for a user. The code travels to the client; the text is French. */
export const appErrorCodes = {
  NOT_FOUND: { trpc: 'NOT_FOUND', message: "Cet élément n'existe pas ou n'est plus disponible." },
  BAD_INPUT: { trpc: 'BAD_REQUEST', message: 'Les informations envoyées sont incomplètes ou invalides.' },
  UNAUTHENTICATED: { trpc: 'UNAUTHORIZED', message: 'Veuillez vous connecter pour continuer.' },
  FORBIDDEN: { trpc: 'FORBIDDEN', message: "Vous n'avez pas accès à cette action." },
  INVALID_CREDENTIALS: { trpc: 'UNAUTHORIZED', message: 'Identifiant ou mot de passe incorrect.' },
  LINK_INVALID: { trpc: 'BAD_REQUEST', message: 'Ce lien n’est plus valable. Demandez-en un nouveau.' },
  WEAK_PASSWORD: { trpc: 'BAD_REQUEST', message: 'Ce mot de passe ne respecte pas les règles de sécurité.' },
  HTTP_ONLY: { trpc: 'BAD_REQUEST', message: 'Cette action doit passer par une requête HTTP.' },
  CONFLICT: { trpc: 'CONFLICT', message: 'Cette action a déjà été faite ou a changé entre-temps.' },
  TOO_MANY_REQUESTS: { trpc: 'TOO_MANY_REQUESTS', message: 'Trop de demandes : réessayez dans un instant.' },
  UNAVAILABLE: { trpc: 'INTERNAL_SERVER_ERROR', message: 'Le service est momentanément indisponible.' },
  INTERNAL: {
    trpc: 'INTERNAL_SERVER_ERROR',
    message: 'Une erreur inattendue est survenue. Réessayez plus tard.',
  },
} as const satisfies Record<string, { trpc: TRPC_ERROR_CODE_KEY; message: string }>;

export type AppErrorCode = keyof typeof appErrorCodes;

/**
 * The one error type services throw. `userMessage` is what the parent or agent reads (French); `message`
 * stays in the logs for developers.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: AppErrorCode;
  readonly userMessage: string;

  constructor(
    code: AppErrorCode,
    options: { userMessage?: string; devMessage?: string; cause?: unknown } = {},
  ) {
    super(options.devMessage ?? options.userMessage ?? code, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage ?? appErrorCodes[code].message;
  }
}
