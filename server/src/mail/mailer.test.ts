import type { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { startSmtp } from '../../test/smtp.ts';
import { MailMessageEntity } from './entities.ts';
import { renderMail } from './layout.ts';
import { Mailer } from './mailer.ts';

const municipality = {
  name: 'Commune de Test',
  serviceName: 'Service Enfance Jeunesse',
  address: '1 place de la Mairie',
  phone: '04 00 00 00 00',
  email: 'sej@test.example',
  openingHours: 'lundi–vendredi',
  website: null,
};

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

describe('Mailer', () => {
  it('delivers a queued mail over SMTP after commit, in French, text and HTML, and logs it as sent', async () => {
    const smtp = await startSmtp();
    const mailer = new Mailer({
      orm,
      log: pino({ level: 'silent' }),
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Portail <portail@test.example>',
    });
    try {
      const em = orm.em.fork();
      const mail = renderMail(municipality, 'Activez votre compte', {
        title: 'Bienvenue',
        greeting: 'Bonjour Léa,',
        paragraphs: ['Votre identifiant : lea@test.example'],
        action: { label: 'Activer mon compte', url: 'http://localhost/activation#abc' },
      });
      const queued = mailer.queue(em, 'activation', 'lea@test.example', mail);
      await em.flush();
      expect(queued.status).toBe('queued');

      expect(await mailer.deliver()).toBe(1);
      expect(smtp.received).toHaveLength(1);
      const [message] = smtp.received;
      expect(message?.to).toEqual(['lea@test.example']);
      expect(message?.raw).toContain('Content-Type: text/plain');
      expect(message?.raw).toContain('Content-Type: text/html');
      expect(message?.raw).toMatch(/Subject: Activez votre compte/);
      expect(message?.raw).toContain('Commune de Test');

      const stored = await orm.em.fork().findOneOrFail(MailMessageEntity, { id: queued.id });
      expect(stored.status).toBe('sent');
      expect(stored.sentAt).toBeInstanceOf(Date);
      expect(await mailer.deliver()).toBe(0);
    } finally {
      await mailer.stop();
      await smtp.close();
    }
  });

  it('keeps the mail for a later attempt when the SMTP server is down', async () => {
    const mailer = new Mailer({
      orm,
      log: pino({ level: 'silent' }),
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'p@test.example',
    });
    const em = orm.em.fork();
    const queued = mailer.queue(
      em,
      'test',
      'x@test.example',
      renderMail(municipality, 'Test', { title: 't', greeting: 'g', paragraphs: [] }),
    );
    await em.flush();
    expect(await mailer.deliver()).toBe(0);
    const stored = await orm.em.fork().findOneOrFail(MailMessageEntity, { id: queued.id });
    expect(stored.status).toBe('queued');
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toBeTruthy();
    await mailer.stop();
  });

  it('keeps mail in the outbox when no SMTP server is configured', async () => {
    const mailer = new Mailer({
      orm,
      log: pino({ level: 'silent' }),
      smtpUrl: undefined,
      from: 'p@test.example',
    });
    const em = orm.em.fork();
    const kept = mailer.queue(
      em,
      'test',
      'y@test.example',
      renderMail(municipality, 'Test', { title: 't', greeting: 'g', paragraphs: [] }),
    );
    await em.flush();
    expect(kept.status).toBe('kept');
    expect(await mailer.deliver()).toBe(0);
  });
});
