import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPassword, describeMissing } from '@portail/shared/accounts/password';
import { audit } from '../audit/record.ts';
import type { AccessTokens } from '../auth/tokens.ts';
import { AppError } from '../trpc/errors.ts';
import {
  type Account,
  findAccount,
  findAccountByEmail,
  isDisabled,
  principalOf,
  profileOf,
} from './accounts.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { openSession, revokeChains, rotateSession, sessionExpired } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure, type ThrottleKey } from './throttle.ts';

export type Caller = { ip: string; userAgent: string | undefined };

/** A signed-in session as the client receives it: the refresh token goes to a cookie, never to scripts. */
export type SignedIn = {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  profile: ReturnType<typeof profileOf>;
};

const throttleKeys = (email: string, ip: string): ThrottleKey[] => [
  { kind: 'account', value: email },
  { kind: 'address', value: ip },
];

/** Opens a session for an account and signs its first access token. */
export async function signIn(
  em: EntityManager,
  tokens: AccessTokens,
  account: Account,
  caller: Caller,
  now: Date,
): Promise<SignedIn> {
  const session = openSession(em, account.owner, caller.userAgent, now);
  return signedInAs(tokens, account, session, now);
}

/** An access token for the session's chain, beside the chain's current refresh token. */
async function signedInAs(
  tokens: AccessTokens,
  account: Account,
  session: { chainId: string; refreshToken: string },
  now: Date,
): Promise<SignedIn> {
  const access = await tokens.sign(principalOf(account, session.chainId), now);
  return {
    accessToken: access.token,
    expiresAt: access.expiresAt,
    refreshToken: session.refreshToken,
    profile: profileOf(account),
  };
}

/**
 * «Connexion à votre espace». The same message whether the address is unknown, not activated or the
 * password wrong; failures count towards growing delays per account and per address.
 */
export async function login(
  em: EntityManager,
  tokens: AccessTokens,
  input: { email: string; password: string },
  caller: Caller,
  now: Date,
): Promise<SignedIn> {
  const keys = throttleKeys(input.email, caller.ip);
  try {
    await assertNotThrottled(em, keys, now);
  } catch (error) {
    audit(em, 'login_throttled', { identifier: input.email, ip: caller.ip });
    await em.flush();
    throw error;
  }
  const account = await findAccountByEmail(em, input.email);
  const ok = await verifyPassword(account?.entity.passwordHash, input.password);
  if (!account || !ok || isDisabled(account)) {
    await recordFailure(em, keys, now);
    audit(em, 'login_failed', { subject: account?.owner, identifier: input.email, ip: caller.ip });
    await em.flush();
    throw new AppError('INVALID_CREDENTIALS');
  }
  await clearFailures(em, [keys[0] as ThrottleKey]);
  const signedIn = await signIn(em, tokens, account, caller, now);
  audit(em, 'login_succeeded', { actor: account.owner, subject: account.owner, ip: caller.ip });
  await em.flush();
  return signedIn;
}

/** Spends the refresh token for a new one and a fresh access token; a replayed token revokes its chain. */
export async function refresh(
  em: EntityManager,
  tokens: AccessTokens,
  refreshToken: string,
  caller: Caller,
  now: Date,
): Promise<SignedIn> {
  const outcome = await em.transactional(async (tx) => {
    const rotation = await rotateSession(tx, refreshToken, now);
    if (rotation.status === 'reused') {
      await revokeChains(tx, { chainId: rotation.chainId }, now);
      audit(tx, 'refresh_token_reused', {
        subject: rotation.owner,
        ip: caller.ip,
        detail: { chainId: rotation.chainId },
      });
      return undefined;
    }
    if (rotation.status === 'invalid') return undefined;
    const account = await findAccount(tx, rotation.owner);
    if (!account || isDisabled(account)) return undefined;
    return signedInAs(tokens, account, rotation, now);
  });
  // Thrown after commit, so that a revocation for reuse is kept.
  if (!outcome) throw sessionExpired();
  return outcome;
}

/** Sets a password that must follow the policy and not contain the person's name or address. */
export async function setPassword(account: Account, password: string): Promise<void> {
  const e = account.entity;
  const verdict = checkPassword(password, [e.firstName, e.lastName, e.email.split('@')[0] ?? '']);
  if (!verdict.acceptable) throw new AppError('WEAK_PASSWORD', { userMessage: describeMissing(verdict) });
  e.passwordHash = await hashPassword(password);
}

export async function logout(
  em: EntityManager,
  chainId: string,
  owner: Account['owner'],
  caller: Caller,
  now: Date,
) {
  await revokeChains(em, { chainId }, now);
  audit(em, 'session_revoked', { actor: owner, subject: owner, ip: caller.ip });
  await em.flush();
}
