import { type EntityManager, LockMode, type MikroORM } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { MailMessageEntity } from './entities.ts';
import type { RenderedMail } from './layout.ts';

const BATCH = 20;
const MAX_ATTEMPTS = 5;
const RETRY_EVERY_MS = 30_000;

/**
 * Queues mails in the caller's transaction and delivers them after commit. Several instances may deliver at
 * once: each claims rows with SKIP LOCKED, so a mail is sent by one of them only.
 */
export class Mailer {
  readonly #orm: MikroORM;
  readonly #log: Logger;
  readonly #transport: Transporter | undefined;
  readonly #from: string;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(options: { orm: MikroORM; log: Logger; smtpUrl: string | undefined; from: string }) {
    this.#orm = options.orm;
    this.#log = options.log;
    this.#from = options.from;
    this.#transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  }

  /** Adds a mail to the outbox inside `em`'s unit of work; nothing leaves before the caller commits. */
  queue(em: EntityManager, kind: string, to: string, mail: RenderedMail): MailMessageEntity {
    return em.create(MailMessageEntity, {
      kind,
      to,
      ...mail,
      // Without SMTP the outbox is the mailbox: staff read it in «Courriels envoyés».
      status: this.#transport ? 'queued' : 'kept',
    });
  }

  /** Sends what is queued now; call it after a commit that queued mail. Never throws. */
  deliver(): Promise<number> {
    if (!this.#transport) return Promise.resolve(0);
    this.#running ??= this.#deliverBatch().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Retries failed deliveries (the SMTP server was down) until `stop`. */
  start(): void {
    if (this.#transport) this.#timer = setInterval(() => void this.deliver(), RETRY_EVERY_MS).unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
    this.#transport?.close();
  }

  async #deliverBatch(): Promise<number> {
    let sent = 0;
    try {
      await this.#orm.em.fork().transactional(async (em) => {
        const batch = await em
          .createQueryBuilder(MailMessageEntity)
          .where({ status: 'queued', attempts: { $lt: MAX_ATTEMPTS } })
          .orderBy({ id: 'asc' })
          .limit(BATCH)
          .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE) // skips rows another instance is sending
          .getResultList();
        for (const mail of batch) {
          mail.attempts += 1;
          try {
            await this.#transport?.sendMail({
              from: this.#from,
              to: mail.to,
              subject: mail.subject,
              text: mail.text,
              html: mail.html,
            });
            mail.status = 'sent';
            mail.sentAt = new Date();
            sent += 1;
            this.#log.info(
              { mail: { id: mail.id, kind: mail.kind, to: mail.to, subject: mail.subject } },
              'courriel envoyé',
            );
          } catch (error) {
            mail.lastError = error instanceof Error ? error.message : String(error);
            if (mail.attempts >= MAX_ATTEMPTS) mail.status = 'failed';
            this.#log.warn(
              { mail: { id: mail.id, kind: mail.kind, to: mail.to }, err: error },
              "échec d'envoi du courriel",
            );
          }
        }
      });
    } catch (error) {
      this.#log.error({ err: error }, 'outbox des courriels inaccessible');
    }
    return sent;
  }
}
