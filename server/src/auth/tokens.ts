import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { KeyRing } from './keys.ts';
import type { Principal } from './principal.ts';

const ISSUER = 'portail-famille';

const Claims = z.union([
  z.object({ sub: z.string().regex(/^g:\d+$/), fam: z.number().int(), sid: z.uuid(), exp: z.number() }),
  z.object({
    sub: z.string().regex(/^s:\d+$/),
    role: z.enum(['agent', 'admin']),
    sid: z.uuid(),
    exp: z.number(),
  }),
]);

export type AccessToken = { token: string; expiresAt: Date };

/** Short-lived access tokens (HS256, `kid` in the header so keys can rotate). */
export class AccessTokens {
  readonly #keys: KeyRing;
  readonly #ttlSeconds: number;

  constructor(keys: KeyRing, ttlSeconds: number) {
    this.#keys = keys;
    this.#ttlSeconds = ttlSeconds;
  }

  async sign(principal: Principal, now = new Date()): Promise<AccessToken> {
    const key = await this.#keys.signingKey(now);
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.#ttlSeconds;
    const claims =
      principal.kind === 'guardian'
        ? { fam: principal.familyId, sid: principal.sessionId }
        : { role: principal.role, sid: principal.sessionId };
    const sub = principal.kind === 'guardian' ? `g:${principal.guardianId}` : `s:${principal.staffId}`;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: key.kid, typ: 'at+jwt' })
      .setIssuer(ISSUER)
      .setSubject(sub)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key.secret);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The principal and expiry of a valid token; undefined for anything expired, forged or malformed. */
  async verify(
    token: string,
    now = new Date(),
  ): Promise<{ principal: Principal; expiresAt: Date } | undefined> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const secret = header.kid ? await this.#keys.verificationKey(header.kid) : undefined;
          if (!secret) throw new errors.JWKSNoMatchingKey();
          return secret;
        },
        { issuer: ISSUER, algorithms: ['HS256'], currentDate: now, typ: 'at+jwt' },
      );
      const claims = Claims.parse(payload);
      const id = Number(claims.sub.slice(2));
      const principal: Principal =
        'fam' in claims
          ? { kind: 'guardian', guardianId: id, familyId: claims.fam, sessionId: claims.sid }
          : { kind: 'staff', staffId: id, role: claims.role, sessionId: claims.sid };
      return { principal, expiresAt: new Date(claims.exp * 1000) };
    } catch {
      return undefined;
    }
  }
}
