export const messages = {
  offline:
    'Le Portail Famille ne parvient pas à joindre le serveur. Vérifiez votre connexion internet, puis réessayez.',
  unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
} as const;

type ErrorData = { appCode?: string; issues?: { path: string[]; message: string }[] };

/** The server's error response as tRPC sends it: `{ error: { message, code, data } }`. */
type ErrorShape = { message: string; code: number; data?: unknown };

/** What `http.ts` throws: the server's error (`shape`, `data`) or, when no answer came, neither. */
export class HttpCallError extends Error {
  readonly shape: ErrorShape | undefined;
  readonly data: unknown;
  constructor(message: string, shape?: ErrorShape, options?: ErrorOptions) {
    super(message, options);
    this.name = 'HttpCallError';
    this.shape = shape;
    this.data = shape?.data;
  }
}

/**
 * An error of a call to the server: the tRPC client's `TRPCClientError` or an `HttpCallError`, alike in their
 * fields. The client's is recognised by its name: `instanceof` would import `@trpc/client` whole (it is not
 * tree-shaken) into the home page's first download, which never calls it.
 */
export const isCallError = (error: unknown): error is Error & { shape?: unknown; data?: unknown } =>
  error instanceof HttpCallError || (error instanceof Error && error.name === 'TRPCClientError');

function dataOf(error: unknown): ErrorData | undefined {
  if (!isCallError(error)) return undefined;
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
  if (isCallError(error)) {
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
