import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, mutate, wsClient } from '../../test/http.ts';
import { lastMailTo } from '../../test/mailbox.ts';
import { startTestServer } from '../../test/server.ts';
import { OneTimeTokenEntity } from '../auth/entities.ts';
import { MailMessageEntity } from '../mail/entities.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
let staffToken: string;
beforeAll(async () => {
  server = await startTestServer();
  staffToken = (await login(server.url, 'agent@demo.fr', 'Demo-agent-2026')).token;
});
afterAll(() => server?.stop());

const family = (email: string) => ({
  quotientFamilial: 640,
  addressLine1: '3 rue des Écoles',
  addressLine2: '',
  postalCode: '34540',
  city: 'Valbourg',
  guardians: [{ firstName: 'Camille', lastName: 'Martin', email, phone: '06 12 34 56 78', address: null }],
  children: [
    {
      firstName: 'Jules',
      lastName: 'Martin',
      birthDate: '2019-05-04',
      schoolLevel: 'elementaire' as const,
      className: 'CE1',
    },
  ],
});

async function createFamily(email: string) {
  const staff = wsClient(server.url, staffToken);
  try {
    return await staff.trpc.families.create.mutate(family(email));
  } finally {
    staff.close();
  }
}

describe('a family created by staff', () => {
  it('sends the guardian an activation mail with the identifier; the link activates once and signs in', async () => {
    const created = await createFamily('camille.martin@exemple.fr');
    expect(created.reference).toMatch(/^F\d{4}-\d{5}$/);
    expect(created.guardians[0]?.activatedAt).toBeNull();

    const mail = await lastMailTo(server, staffToken, 'camille.martin@exemple.fr');
    expect(mail.subject).toContain('Activez votre compte');
    expect(mail.text).toContain('Votre identifiant : camille.martin@exemple.fr');
    const token = mail.linkToken as string;

    const anonymous = wsClient(server.url);
    await expect(
      anonymous.trpc.auth.checkLink.query({ purpose: 'activation', token }),
    ).resolves.toMatchObject({ valid: true, firstName: 'Camille' });
    anonymous.close();

    const weak = await mutate(server.url, 'auth.activate', { token, password: 'motdepasse' });
    expect(weak.status).toBe(400);
    expect(weak.body.error?.message).toMatch(/^Il manque : au moins 12 caractères/);

    const ok = await mutate(server.url, 'auth.activate', { token, password: 'Jardin-Potager-2026' });
    expect(ok.status).toBe(200);
    expect(ok.setCookie).toMatch(/^pf_refresh=/);

    const again = await mutate(server.url, 'auth.activate', { token, password: 'Jardin-Potager-2026' });
    expect(again.status).toBe(400);
    expect(again.body.error?.message).toMatch(/Ce lien n’est plus valable/);

    await expect(
      login(server.url, 'camille.martin@exemple.fr', 'Jardin-Potager-2026'),
    ).resolves.toHaveProperty('token');
  });

  it('refuses an expired or forged link and changes nothing', async () => {
    await createFamily('expire@exemple.fr');
    const { linkToken } = await lastMailTo(server, staffToken, 'expire@exemple.fr');
    const em = server.orm.em.fork();
    await em.nativeUpdate(
      OneTimeTokenEntity,
      { purpose: 'activation', usedAt: null },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const expired = await mutate(server.url, 'auth.activate', {
      token: linkToken,
      password: 'Jardin-Potager-2026',
    });
    expect(expired.status).toBe(400);
    const forged = await mutate(server.url, 'auth.activate', {
      token: 'x'.repeat(43),
      password: 'Jardin-Potager-2026',
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error?.message).toMatch(/Ce lien n’est plus valable/);
    expect(
      (
        await mutate(server.url, 'auth.login', {
          email: 'expire@exemple.fr',
          password: 'Jardin-Potager-2026',
        })
      ).status,
    ).toBe(401);
  });

  it('«Renvoyer le lien d’activation» issues a new link and kills the old one', async () => {
    const created = await createFamily('renvoi@exemple.fr');
    const old = (await lastMailTo(server, staffToken, 'renvoi@exemple.fr')).linkToken;
    const staff = wsClient(server.url, staffToken);
    await staff.trpc.families.resendActivation.mutate({ guardianId: created.guardians[0]?.id as number });
    staff.close();
    const fresh = (await lastMailTo(server, staffToken, 'renvoi@exemple.fr')).linkToken;
    expect(fresh).not.toBe(old);
    expect(
      (await mutate(server.url, 'auth.activate', { token: old, password: 'Jardin-Potager-2026' })).status,
    ).toBe(400);
    expect(
      (await mutate(server.url, 'auth.activate', { token: fresh, password: 'Jardin-Potager-2026' })).status,
    ).toBe(200);
  });

  it('refuses a guardian whose address another account already has', async () => {
    const staff = wsClient(server.url, staffToken);
    await expect(staff.trpc.families.create.mutate(family('parent@demo.fr'))).rejects.toThrow(
      "L'adresse parent@demo.fr est déjà celle d'un autre compte.",
    );
    staff.close();
  });
});

describe('«Identifiant ou Mot de passe oublié ?»', () => {
  it('answers the same for a known and an unknown address; the mail reminds the identifier; the link resets once', async () => {
    const known = await mutate(server.url, 'auth.requestPasswordReset', { email: 'parent@demo.fr' });
    const unknown = await mutate(server.url, 'auth.requestPasswordReset', { email: 'inconnu@demo.fr' });
    expect(known.status).toBe(200);
    expect(unknown.body).toEqual(known.body);

    const session = await login(server.url, 'parent@demo.fr', 'Demo-parent-2026');
    const mail = await lastMailTo(server, staffToken, 'parent@demo.fr');
    expect(mail.text).toContain('Rappel de votre identifiant : parent@demo.fr');
    const reset = await mutate(server.url, 'auth.resetPassword', {
      token: mail.linkToken,
      password: 'Nouveau-Mot-2026!',
    });
    expect(reset.status).toBe(200);
    // Sessions opened with the old password are closed.
    expect((await mutate(server.url, 'auth.refresh', undefined, { cookie: session.cookie })).status).toBe(
      401,
    );
    await expect(login(server.url, 'parent@demo.fr', 'Nouveau-Mot-2026!')).resolves.toHaveProperty('token');
    expect(
      (
        await mutate(server.url, 'auth.resetPassword', {
          token: mail.linkToken,
          password: 'Encore-Autre-2026!',
        })
      ).status,
    ).toBe(400);
  });
});

describe('«Mon compte»', () => {
  it('shows the whole family, changes the phone, the password (asking the current one) and the email by link', async () => {
    await createFamily('mon.compte@exemple.fr');
    const { linkToken } = await lastMailTo(server, staffToken, 'mon.compte@exemple.fr');
    await mutate(server.url, 'auth.activate', { token: linkToken, password: 'Jardin-Potager-2026' });
    const { token } = await login(server.url, 'mon.compte@exemple.fr', 'Jardin-Potager-2026');
    const me = wsClient(server.url, token);
    try {
      const account = await me.trpc.account.get.query();
      expect(account.family.children.map((c) => c.firstName)).toEqual(['Jules']);
      await me.trpc.account.changePhone.mutate({ phone: '07 00 00 00 01' });
      await expect(me.trpc.account.changePhone.mutate({ phone: '12' })).rejects.toThrow();
      await expect(
        me.trpc.account.changePassword.mutate({ currentPassword: 'faux', newPassword: 'Autre-Jardin-2026' }),
      ).rejects.toThrow('Le mot de passe actuel est incorrect.');
      await me.trpc.account.changePassword.mutate({
        currentPassword: 'Jardin-Potager-2026',
        newPassword: 'Autre-Jardin-2026',
      });
      await me.trpc.account.requestEmailChange.mutate({
        newEmail: 'nouvelle@exemple.fr',
        password: 'Autre-Jardin-2026',
      });
    } finally {
      me.close();
    }
    const confirm = await lastMailTo(server, staffToken, 'nouvelle@exemple.fr');
    expect((await mutate(server.url, 'auth.confirmEmailChange', { token: confirm.linkToken })).status).toBe(
      200,
    );
    await expect(login(server.url, 'nouvelle@exemple.fr', 'Autre-Jardin-2026')).resolves.toHaveProperty(
      'token',
    );
    const notice = await lastMailTo(server, staffToken, 'mon.compte@exemple.fr');
    expect(notice.subject).toContain('Votre identifiant a changé');
  });
});

describe('«Courriels envoyés»', () => {
  it('hides the link of a mail that left for the guardian’s mailbox, so staff cannot use it', async () => {
    await createFamily('masque@exemple.fr');
    const kept = await lastMailTo(server, staffToken, 'masque@exemple.fr');
    expect(kept.linkToken).toBeDefined();
    await server.orm.em
      .fork()
      .nativeUpdate(MailMessageEntity, { to: 'masque@exemple.fr' }, { status: 'sent', sentAt: new Date() });
    const sent = await lastMailTo(server, staffToken, 'masque@exemple.fr');
    expect(sent.linkToken).toBeUndefined();
    expect(sent.text).toContain('/activation#…');
  });
});
