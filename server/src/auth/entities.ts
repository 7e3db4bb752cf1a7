import { defineEntity, p } from '@mikro-orm/core';

export const principalKinds = ['guardian', 'staff'] as const;
export type PrincipalKind = (typeof principalKinds)[number];

/**
 * Keys that sign access tokens, shared by every instance through the database. The newest signs; older ones
 * still verify until retired, so a rotation never signs anybody out.
 */
export const SigningKeySchema = defineEntity({
  name: 'SigningKey',
  tableName: 'signing_key',
  properties: {
    kid: p.string().primary(),
    secret: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    retiredAt: p.datetime().nullable(),
  },
});
export class SigningKeyEntity extends SigningKeySchema.class {}
SigningKeySchema.setClass(SigningKeyEntity);

/**
 * One refresh token of a session. Each use spends it and issues its successor in the same chain; presenting
 * a spent token means it was stolen or replayed, and the whole chain is revoked. Only a hash is stored.
 */
export const RefreshTokenSchema = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    chainId: p.uuid(),
    principalKind: p.enum(principalKinds),
    principalId: p.integer(),
    tokenHash: p.string().unique(),
    userAgent: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['chainId'] }, { properties: ['principalKind', 'principalId'] }],
});
export class RefreshTokenEntity extends RefreshTokenSchema.class {}
RefreshTokenSchema.setClass(RefreshTokenEntity);

export const oneTimePurposes = ['activation', 'password_reset', 'email_change'] as const;
export type OneTimePurpose = (typeof oneTimePurposes)[number];

/** A link sent by mail (activation 48 h, reset 1 h, email change): single use, only its hash is kept. */
export const OneTimeTokenSchema = defineEntity({
  name: 'OneTimeToken',
  tableName: 'one_time_token',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    purpose: p.enum(oneTimePurposes),
    principalKind: p.enum(principalKinds),
    principalId: p.integer(),
    tokenHash: p.string().unique(),
    newEmail: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['principalKind', 'principalId', 'purpose'] }],
});
export class OneTimeTokenEntity extends OneTimeTokenSchema.class {}
OneTimeTokenSchema.setClass(OneTimeTokenEntity);

/** Failed sign-ins per account and per address, for growing delays (see throttle.ts). */
export const LoginThrottleSchema = defineEntity({
  name: 'LoginThrottle',
  tableName: 'login_throttle',
  properties: {
    key: p.string().primary(),
    failures: p.integer(),
    blockedUntil: p.datetime().nullable(),
    updatedAt: p.datetime(),
  },
});
export class LoginThrottleEntity extends LoginThrottleSchema.class {}
LoginThrottleSchema.setClass(LoginThrottleEntity);
