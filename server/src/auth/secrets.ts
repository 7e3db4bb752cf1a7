import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: refresh tokens and mailed links. */
export const newSecretToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored hashed: a leaked table gives nobody a session. SHA-256 suffices for random secrets. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
