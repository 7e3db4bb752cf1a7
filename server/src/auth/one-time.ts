import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AppError } from '../trpc/errors.ts';
import { type OneTimePurpose, OneTimeTokenEntity } from './entities.ts';
import { hashToken, newSecretToken } from './secrets.ts';
import type { SessionOwner } from './sessions.ts';

export const linkLifetimesMs: Record<OneTimePurpose, number> = {
  activation: 48 * 3600_000,
  password_reset: 3600_000,
  email_change: 48 * 3600_000,
};

/** A new single-use link secret; earlier unused links of the same purpose stop working. */
export async function issueLink(
  em: EntityManager,
  purpose: OneTimePurpose,
  owner: SessionOwner,
  now: Date,
  newEmail?: string,
): Promise<string> {
  await em.nativeUpdate(
    OneTimeTokenEntity,
    { purpose, principalKind: owner.kind, principalId: owner.id, usedAt: null },
    { usedAt: now },
  );
  const token = newSecretToken();
  em.create(OneTimeTokenEntity, {
    purpose,
    principalKind: owner.kind,
    principalId: owner.id,
    tokenHash: hashToken(token),
    newEmail: newEmail ?? null,
    expiresAt: new Date(now.getTime() + linkLifetimesMs[purpose]),
  });
  return token;
}

/** The link if it is genuine, unused and fresh; locked so that two clicks cannot both use it. */
export async function findUsableLink(
  em: EntityManager,
  purpose: OneTimePurpose,
  token: string,
  now: Date,
  lock = false,
): Promise<OneTimeTokenEntity | undefined> {
  const link = await em.findOne(
    OneTimeTokenEntity,
    { tokenHash: hashToken(token), purpose },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!link || link.usedAt || link.expiresAt <= now) return undefined;
  return link;
}

export async function consumeLink(em: EntityManager, purpose: OneTimePurpose, token: string, now: Date) {
  const link = await findUsableLink(em, purpose, token, now, true);
  if (!link) throw invalidLink();
  link.usedAt = now;
  return link;
}

export const invalidLink = () =>
  new AppError('LINK_INVALID', {
    userMessage:
      'Ce lien n’est plus valable : il a déjà servi, a expiré ou est incomplet. Demandez-en un nouveau.',
  });
