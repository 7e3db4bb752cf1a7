import { TRPCClientError } from '@trpc/client';

export const messages = {
  offline:
    'Le Portail Famille ne parvient pas à joindre le serveur. Vérifiez votre connexion internet, puis réessayez.',
  unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
} as const;

type ErrorData = { appCode?: string; issues?: { path: string[]; message: string }[] };

function dataOf(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : undefined;
}

/** The server's stable code for an error it worded itself («UNAUTHENTICATED», «WEAK_PASSWORD»…). */
export const appCodeOf = (error: unknown): string | undefined => dataOf(error)?.appCode;

/**
 * The French sentence a parent reads for a failed call. The server already words the errors it knows (they
 * carry an `appCode`); anything else is a lost connection, a timeout, or a bug on our side.
 */
export function userMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (appCodeOf(error)) return error.message;
    if (!error.shape) return messages.offline; // no answer from the server at all
    return messages.unexpected;
  }
  if (error instanceof DOMException) {
    return messages.offline;
  }
  return messages.unexpected;
}

/** Field errors from the server's input validation, keyed by path: «guardians.0.email». */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of dataOf(error)?.issues ?? []) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
