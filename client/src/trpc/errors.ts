import { TRPCClientError } from '@trpc/client';

export const messages = {
  offline:
    'Le Portail Famille ne parvient pas à joindre le serveur. Vérifiez votre connexion internet, puis réessayez.',
  unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
} as const;

/**
 * The French sentence a parent reads for a failed call. The server already words the errors it knows (they
 * carry an `appCode`); anything else is a lost connection, a timeout, or a bug on our side.
 */
export function userMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (typeof data === 'object' && data !== null && 'appCode' in data) return error.message;
    if (!error.shape) return messages.offline; // no answer from the server at all
    return messages.unexpected;
  }
  if (error instanceof DOMException) {
    return messages.offline;
  }
  return messages.unexpected;
}
