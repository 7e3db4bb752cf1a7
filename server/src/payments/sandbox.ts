import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { SandboxCardOutcome } from '@portail/shared/payments/labels';
import { SandboxOperationEntity } from './entities.ts';
import {
  type IncomingNotification,
  type NotificationReading,
  OPERATION_LIFETIME_MS,
  type PaymentProvider,
  type ProviderOperation,
  type ProviderResult,
} from './provider.ts';

export const SIGNATURE_HEADER = 'x-banque-signature';
/** A signed notification older than this is refused: it can only be a replay. */
const NOTIFICATION_MAX_AGE_MS = 5 * 60_000;

const idPattern = /^[a-f0-9]{32}$/;

/** What a card number typed on the demo bank's page does; spaces and dashes are ignored. */
export function cardOutcome(cardNumber: string): SandboxCardOutcome | undefined {
  switch (cardNumber.replace(/[\s-]/g, '')) {
    case '4242424242424242':
      return 'paid';
    case '4000000000000002':
      return 'refused';
    case '4000000000000077':
      return 'delayed';
    default:
      return undefined;
  }
}

export const signBody = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * The demo bank (PAYMENT_PROVIDER=sandbox), as the portal sees it: the same contract as PayFiP, answered
 * from the `sandbox_operation` table that the bank's own pages (/banque/…) fill. Its notifications are
 * signed with a secret drawn for each operation.
 */
export class SandboxProvider implements PaymentProvider {
  readonly kind = 'sandbox' as const;
  readonly #orm: MikroORM;
  readonly #publicUrl: string;

  constructor(orm: MikroORM, publicUrl: string) {
    this.#orm = orm;
    this.#publicUrl = publicUrl;
  }

  async create(op: ProviderOperation): Promise<{ operationId: string; redirectUrl: string }> {
    const em = this.#orm.em.fork() as EntityManager;
    const operation = em.create(SandboxOperationEntity, {
      id: randomBytes(16).toString('hex'),
      reference: op.reference,
      label: op.label,
      amountCents: op.amountCents,
      email: op.email,
      notifyUrl: op.notifyUrl,
      returnUrl: op.returnUrl,
      secret: randomBytes(32).toString('hex'),
      status: 'open',
    });
    await em.flush();
    return {
      operationId: operation.id,
      redirectUrl: `${this.#publicUrl}/banque/paiement?idop=${operation.id}`,
    };
  }

  async fetchResult(operationId: string, now = new Date()): Promise<ProviderResult> {
    const op = idPattern.test(operationId)
      ? await this.#orm.em.fork().findOne(SandboxOperationEntity, { id: operationId })
      : null;
    if (!op) return { status: 'expired', code: 'P1' };
    return sandboxResult(op, now);
  }

  async readNotification(n: IncomingNotification): Promise<NotificationReading> {
    if (!n.contentType.startsWith('application/json')) return { ok: false, reason: 'unsigned notification' };
    let body: { idop?: unknown; at?: unknown };
    try {
      body = JSON.parse(n.rawBody);
    } catch {
      return { ok: false, reason: 'malformed JSON' };
    }
    if (typeof body.idop !== 'string' || !idPattern.test(body.idop)) return { ok: false, reason: 'no idop' };
    const op = await this.#orm.em.fork().findOne(SandboxOperationEntity, { id: body.idop });
    const given = n.headers[SIGNATURE_HEADER];
    if (!op || typeof given !== 'string') return { ok: false, reason: 'unknown operation or no signature' };
    const expected = Buffer.from(signBody(op.secret, n.rawBody));
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      return { ok: false, reason: 'bad signature' };
    }
    const at = typeof body.at === 'string' ? Date.parse(body.at) : Number.NaN;
    if (!(Math.abs(Date.now() - at) < NOTIFICATION_MAX_AGE_MS))
      return { ok: false, reason: 'stale notification' };
    return { ok: true, operationId: op.id };
  }
}

/** The bank's answer for an operation at `now`, with PayFiP's codes. */
export function sandboxResult(op: SandboxOperationEntity, now: Date): ProviderResult {
  const reported = { amountCents: op.amountCents, reference: op.reference };
  switch (op.status) {
    case 'open':
      return now.getTime() - op.createdAt.getTime() < OPERATION_LIFETIME_MS
        ? { status: 'pending', code: 'P5' }
        : { status: 'expired', code: 'P1' };
    case 'pending':
      return op.validatesAt && op.validatesAt <= now
        ? { status: 'paid', method: 'card', code: 'P', ...reported }
        : { status: 'pending', code: 'P5' };
    case 'paid':
      return { status: 'paid', method: 'card', code: 'P', ...reported };
    case 'refused':
      return { status: 'refused', code: 'R', ...reported };
    case 'abandoned':
      return { status: 'abandoned', code: 'A', ...reported };
  }
}

/**
 * The parent's choice on the bank's page, applied once: a second submission (double click, back button)
 * finds the operation decided and changes nothing. Returns the operation as it now is, or null if unknown.
 */
export async function decideSandboxOperation(
  em: EntityManager,
  operationId: string,
  choice: SandboxCardOutcome | 'cancel',
  card: { last4: string } | null,
  delayMs: number,
  now = new Date(),
): Promise<{ operation: SandboxOperationEntity; decidedNow: boolean } | null> {
  if (!idPattern.test(operationId)) return null;
  const status = choice === 'cancel' ? 'abandoned' : choice === 'delayed' ? 'pending' : choice;
  const rows = await em.execute<{ id: string }[]>(
    `update sandbox_operation set status = ?, card_last4 = ?, decided_at = ?, validates_at = ?
     where id = ? and status = 'open' and created_at > ? returning id`,
    [
      status,
      card?.last4 ?? null,
      now,
      choice === 'delayed' ? new Date(now.getTime() + delayMs) : null,
      operationId,
      new Date(now.getTime() - OPERATION_LIFETIME_MS),
    ],
  );
  const operation = await em.findOne(SandboxOperationEntity, { id: operationId }, { refresh: true });
  return operation ? { operation, decidedNow: rows.length === 1 } : null;
}
