import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, mutate, wsClient } from '../../test/http.ts';
import { lastMailTo } from '../../test/mailbox.ts';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
let adminToken: string;
beforeAll(async () => {
  server = await startTestServer();
  adminToken = (await login(server.url, 'agent@demo.fr', 'Demo-agent-2026')).token;
});
afterAll(() => server?.stop());

/** A call of the admin's, over the socket as the console makes it. */
async function asAdmin<T>(call: (client: ReturnType<typeof wsClient>) => Promise<T>): Promise<T> {
  const client = wsClient(server.url, adminToken);
  try {
    return await call(client);
  } finally {
    client.close();
  }
}

const password = 'Goûter-Valbourg-2026';

/** The id of the staff account under `email`, as the team list gives it. */
async function idOf(email: string): Promise<number> {
  const staff = await asAdmin((c) => c.trpc.staffAccounts.list.query());
  return staff.find((s) => s.email === email)?.id ?? 0;
}

/** A new account's fields; only the address and the names vary between the tests. */
const colleague = (email: string, firstName: string, lastName: string) =>
  ({ email, firstName, lastName, role: 'agent' }) as const;

/** A new colleague, activated through the link of their mail: their refresh cookie. */
async function activatedColleague(email: string) {
  await asAdmin((c) =>
    c.trpc.staffAccounts.create.mutate({ email, firstName: 'Inès', lastName: 'Garnier', role: 'agent' }),
  );
  const mail = await lastMailTo(server, adminToken, email);
  expect(mail.subject).toContain('Activez votre compte Portail Famille');
  const activated = await mutate(server.url, 'auth.activate', { token: mail.linkToken, password });
  expect(activated.status).toBe(200);
  return activated.cookie as string;
}

describe('«Équipe du service»', () => {
  it('an admin adds a colleague, who activates the account through the mailed link and signs in', async () => {
    const email = 'ines.garnier@valbourg.fr';
    await activatedColleague(email);
    const { token } = await login(server.url, email, password);
    const staff = await asAdmin((c) => c.trpc.staffAccounts.list.query());
    expect(staff).toContainEqual(
      expect.objectContaining({ email, firstName: 'Inès', role: 'agent', disabled: false }),
    );
    // An agent reads the team but changes nothing in it.
    const agent = wsClient(server.url, token);
    try {
      expect(await agent.trpc.staffAccounts.list.query()).toHaveLength(staff.length);
      await expect(
        agent.trpc.staffAccounts.setDisabled.mutate({ id: staff[0]?.id ?? 0, disabled: true }),
      ).rejects.toThrow("Vous n'avez pas accès à cette action.");
    } finally {
      agent.close();
    }
  });

  it('a disabled account can no longer sign in, refresh its session or get a reset link; enabled again, it can', async () => {
    const email = 'depart@valbourg.fr';
    const cookie = await activatedColleague(email);
    const { id } = (await asAdmin((c) => c.trpc.staffAccounts.list.query())).find(
      (s) => s.email === email,
    ) ?? {
      id: 0,
    };
    await asAdmin((c) => c.trpc.staffAccounts.setDisabled.mutate({ id, disabled: true }));

    const refused = await mutate(server.url, 'auth.login', { email, password });
    expect(refused.status).toBe(401);
    expect(refused.body.error?.message).toBe('Identifiant ou mot de passe incorrect.');
    expect((await mutate(server.url, 'auth.refresh', undefined, { cookie })).status).toBe(401);
    await mutate(server.url, 'auth.requestPasswordReset', { email });
    expect((await lastMailTo(server, adminToken, email)).subject).toContain('Activez');

    await asAdmin((c) => c.trpc.staffAccounts.setDisabled.mutate({ id, disabled: false }));
    expect((await mutate(server.url, 'auth.login', { email, password })).status).toBe(200);
  });

  it('an admin makes a colleague an admin: their next session carries the role', async () => {
    const email = 'promue@valbourg.fr';
    await activatedColleague(email);
    const { id } = (await asAdmin((c) => c.trpc.staffAccounts.list.query())).find(
      (s) => s.email === email,
    ) ?? {
      id: 0,
    };
    await asAdmin((c) => c.trpc.staffAccounts.setRole.mutate({ id, role: 'admin' }));
    const { token } = await login(server.url, email, password);
    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toMatchObject({ role: 'admin' });
  });

  it('refuses an address already in use, a staff’s or a parent’s, and an admin disabling their own account, in French', async () => {
    await expect(
      asAdmin((c) => c.trpc.staffAccounts.create.mutate(colleague('Accueil@Demo.fr', 'Julien', 'Moreau'))),
    ).rejects.toThrow('Un compte agent existe déjà pour accueil@demo.fr.');
    await expect(
      asAdmin((c) => c.trpc.staffAccounts.create.mutate(colleague('parent@demo.fr', 'Claire', 'Dupont'))),
    ).rejects.toThrow('L’adresse parent@demo.fr est celle d’un parent sur le portail');
    const myId = await idOf('agent@demo.fr');
    await expect(
      asAdmin((c) => c.trpc.staffAccounts.setDisabled.mutate({ id: myId, disabled: true })),
    ).rejects.toThrow('Vous ne pouvez pas désactiver votre propre compte');
    await expect(
      asAdmin((c) => c.trpc.staffAccounts.setRole.mutate({ id: myId, role: 'agent' })),
    ).rejects.toThrow('Vous ne pouvez pas changer le rôle de votre propre compte');
    expect((await login(server.url, 'agent@demo.fr', 'Demo-agent-2026')).token).toBeTruthy();
  });
});
