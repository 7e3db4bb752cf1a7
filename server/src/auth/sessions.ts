import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AppError } from '../trpc/errors.ts';
import { type PrincipalKind, RefreshTokenEntity } from './entities.ts';
import { hashToken, newSecretToken } from './secrets.ts';

export const REFRESH_TTL_MS = 30 * 24 * 3600_000;
export const REUSE_GRACE_MS = 30_000;

export type SessionOwner = { kind: PrincipalKind; id: number };

/** Starts a session: a new chain whose first refresh token is returned in clear, once. */
export function openSession(
  em: EntityManager,
  owner: SessionOwner,
  userAgent: string | undefined,
  now: Date,
) {
  const chainId = crypto.randomUUID();
  const token = newSecretToken();
  em.create(RefreshTokenEntity, {
    chainId,
    principalKind: owner.kind,
    principalId: owner.id,
    tokenHash: hashToken(token),
    userAgent: userAgent?.slice(0, 255) ?? null,
    expiresAt: new Date(now.getTime() + REFRESH_TTL_MS),
  });
  return { chainId, refreshToken: token };
}

export type Rotation =
  | { status: 'rotated'; owner: SessionOwner; chainId: string; refreshToken: string }
  | { status: 'reused'; owner: SessionOwner; chainId: string }
  | { status: 'invalid' };

/**
 * Spends a refresh token and issues its successor. A token already spent is a replay (stolen, or a copy of
 * a backup): the caller revokes the whole chain, so the thief and the victim are both signed out.
 */
export async function rotateSession(em: EntityManager, token: string, now: Date): Promise<Rotation> {
  const current = await em.findOne(
    RefreshTokenEntity,
    { tokenHash: hashToken(token) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!current || current.revokedAt || current.expiresAt <= now) return { status: 'invalid' };
  const owner: SessionOwner = { kind: current.principalKind, id: current.principalId };
  // A reply lost on a poor mobile network makes the browser present the same token again at once: within
  // the grace window that is a retry, and it gets a sibling token; later it is a replay.
  if (current.usedAt && now.getTime() - current.usedAt.getTime() > REUSE_GRACE_MS) {
    return { status: 'reused', owner, chainId: current.chainId };
  }
  current.usedAt ??= now;
  const next = newSecretToken();
  em.create(RefreshTokenEntity, {
    chainId: current.chainId,
    principalKind: current.principalKind,
    principalId: current.principalId,
    tokenHash: hashToken(next),
    userAgent: current.userAgent ?? null,
    expiresAt: current.expiresAt,
  });
  return { status: 'rotated', owner, chainId: current.chainId, refreshToken: next };
}

/** Revokes one chain (logout) or every chain of an owner («Se déconnecter de tous les appareils»). */
export async function revokeChains(
  em: EntityManager,
  which: { chainId: string } | { owner: SessionOwner },
  now: Date,
): Promise<number> {
  const where =
    'chainId' in which
      ? { chainId: which.chainId }
      : { principalKind: which.owner.kind, principalId: which.owner.id };
  return em.nativeUpdate(RefreshTokenEntity, { ...where, revokedAt: null }, { revokedAt: now });
}

export const sessionExpired = () =>
  new AppError('UNAUTHENTICATED', { userMessage: 'Votre session a expiré. Veuillez vous reconnecter.' });

/** Logout: the chain of the presented refresh token, whatever state its access token is in. */
export async function findChainOf(em: EntityManager, token: string) {
  const row = await em.findOne(RefreshTokenEntity, { tokenHash: hashToken(token) });
  return row
    ? { chainId: row.chainId, owner: { kind: row.principalKind, id: row.principalId } as SessionOwner }
    : undefined;
}
