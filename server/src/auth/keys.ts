import { randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { SigningKeyEntity } from './entities.ts';

const ROTATE_AFTER_MS = 30 * 24 * 3600_000;

type Key = { kid: string; secret: Uint8Array; createdAt: Date };

/**
 * The signing keys, read from the database and cached. Each instance creates a new key when the newest is
 * older than 30 days; a token signed by a key this instance has not seen yet triggers one reload.
 */
export class KeyRing {
  readonly #orm: MikroORM;
  #keys = new Map<string, Key>();
  #newest: Key | undefined;

  constructor(orm: MikroORM) {
    this.#orm = orm;
  }

  async signingKey(now = new Date()): Promise<Key> {
    if (!this.#newest || now.getTime() - this.#newest.createdAt.getTime() > ROTATE_AFTER_MS) {
      await this.#reload();
      if (!this.#newest || now.getTime() - this.#newest.createdAt.getTime() > ROTATE_AFTER_MS) {
        await this.#create();
        await this.#reload();
      }
    }
    if (!this.#newest) throw new Error('no signing key');
    return this.#newest;
  }

  async verificationKey(kid: string): Promise<Uint8Array | undefined> {
    if (!this.#keys.has(kid)) await this.#reload();
    return this.#keys.get(kid)?.secret;
  }

  async #reload(): Promise<void> {
    const em = this.#orm.em.fork() as EntityManager;
    const rows = await em.find(SigningKeyEntity, { retiredAt: null }, { orderBy: { createdAt: 'desc' } });
    this.#keys = new Map(
      rows.map((r) => [
        r.kid,
        { kid: r.kid, secret: Buffer.from(r.secret, 'base64'), createdAt: r.createdAt },
      ]),
    );
    this.#newest = this.#keys.values().next().value;
  }

  async #create(): Promise<void> {
    const em = this.#orm.em.fork() as EntityManager;
    em.create(SigningKeyEntity, {
      kid: randomBytes(8).toString('hex'),
      secret: randomBytes(32).toString('base64'),
    });
    await em.flush();
  }
}
