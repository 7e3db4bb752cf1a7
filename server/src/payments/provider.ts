/** What the portal asks a bank to collect: PayFiP's `creerPaiementSecurise` arguments, in our words. */
export type ProviderOperation = {
  /** Our payment reference, PayFiP `refdet`: 1–30 of [A-Za-z0-9]. */
  reference: string;
  /** PayFiP `exer`: the year the payment is made. */
  year: number;
  /** PayFiP `objet`: ASCII letters, digits and spaces, at most 100. */
  label: string;
  amountCents: number;
  /** The guardian's address, PayFiP `mel`. */
  email: string;
  notifyUrl: string;
  returnUrl: string;
};

/**
 * What the bank says about an operation, read back from the bank itself (never from a notification's body).
 * `code` is the bank's own word (PayFiP `resultrans`, or the error P1 / P5), kept on the payment for support.
 */
export type ProviderResult =
  | {
      status: 'paid';
      method: 'card' | 'direct_debit';
      code: string;
      /** The amount and reference the bank says it collected, when it says so: checked against ours. */
      amountCents?: number;
      reference?: string;
    }
  | { status: 'refused'; code: string; amountCents?: number; reference?: string }
  | { status: 'abandoned'; code: string; amountCents?: number; reference?: string }
  /** P5: the bank does not know the result yet. */
  | { status: 'pending'; code: string }
  /** P1: the operation is unknown to the bank, or its 15 minutes are over. */
  | { status: 'expired'; code: string };

/** The server-to-server notification as it arrived, for the provider that knows how to read it. */
export type IncomingNotification = {
  contentType: string;
  rawBody: string;
  form: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
};

export type NotificationReading = { ok: true; operationId: string } | { ok: false; reason: string };

export type OnlineProvider = 'payfip' | 'sandbox';

export interface PaymentProvider {
  readonly kind: OnlineProvider;
  /** Registers the operation with the bank: its id, and the page to send the parent's browser to. */
  create(operation: ProviderOperation): Promise<{ operationId: string; redirectUrl: string }>;
  fetchResult(operationId: string): Promise<ProviderResult>;
  /** Which operation a notification names, if this bank sent it (a signature where the bank signs). */
  readNotification(notification: IncomingNotification): Promise<NotificationReading>;
}

/** The bank failed to answer (network, timeout, technical SOAP fault): nothing can be concluded. */
export class ProviderError extends Error {
  override name = 'ProviderError';
}

/** How long a PayFiP `idOp` lives, and how long a «result not known yet» (P5) is waited for. */
export const OPERATION_LIFETIME_MS = 15 * 60_000;
export const PENDING_LIMIT_MS = 20 * 60_000;
