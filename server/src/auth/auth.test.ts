import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, mutate, wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';
import { RefreshTokenEntity } from './entities.ts';
import { delayAfter } from './throttle.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const PARENT = { email: 'parent@demo.fr', password: 'Demo-parent-2026' };

describe('login', () => {
  it('signs in: short-lived access token, refresh token in an httpOnly SameSite=Strict cookie', async () => {
    const res = await mutate(server.url, 'auth.login', {
      email: ' Parent@Demo.fr ',
      password: PARENT.password,
    });
    expect(res.status).toBe(200);
    const data = res.body.result?.data as {
      accessToken: string;
      expiresAt: string;
      profile: { kind: string };
    };
    expect(data.profile.kind).toBe('guardian');
    expect(new Date(data.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(600_000);
    expect(res.setCookie).toMatch(/^pf_refresh=[\w-]{43};/);
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Strict/);
    expect(res.setCookie).toMatch(/Path=\/trpc/);
    expect(JSON.stringify(res.body)).not.toContain((res.cookie ?? '').split('=')[1]);
  });

  it('authenticates the WebSocket with the access token in connectionParams', async () => {
    const { token } = await login(server.url, PARENT.email, PARENT.password);
    const client = wsClient(server.url, token);
    await expect(client.trpc.auth.me.query()).resolves.toMatchObject({
      email: 'parent@demo.fr',
      kind: 'guardian',
    });
    client.close();
  });

  it('gives the same message for a wrong password and an unknown address', async () => {
    const wrong = await mutate(server.url, 'auth.login', { email: PARENT.email, password: 'nope' });
    const unknown = await mutate(server.url, 'auth.login', { email: 'nobody@demo.fr', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error?.message).toBe('Identifiant ou mot de passe incorrect.');
    expect(unknown.body.error?.message).toBe(wrong.body.error?.message);
  });

  it('refuses sign-in over the WebSocket, where no cookie can be set', async () => {
    const client = wsClient(server.url);
    await expect(client.trpc.auth.login.mutate(PARENT)).rejects.toThrow(/requête HTTP/);
    client.close();
  });
});

describe('throttling', () => {
  it('grows the delay and caps it at 15 minutes', () => {
    expect(delayAfter('account', 4)).toBe(0);
    expect(delayAfter('account', 5)).toBe(30);
    expect(delayAfter('account', 6)).toBe(60);
    expect(delayAfter('account', 50)).toBe(900);
  });

  it('slows an account down after 5 failures, with a French message saying when to retry', async () => {
    const email = 'agent@demo.fr';
    for (let i = 0; i < 5; i++) await mutate(server.url, 'auth.login', { email, password: `wrong-${i}` });
    const blocked = await mutate(server.url, 'auth.login', { email, password: 'Demo-agent-2026' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.message).toMatch(
      /Trop de tentatives de connexion\. Par sécurité, réessayez après \d{2}:\d{2}:\d{2}\./,
    );
  });
});

describe('refresh tokens', () => {
  it('rotates on each use; a spent token presented after the grace window revokes the whole chain', async () => {
    const { cookie } = await login(server.url, PARENT.email, PARENT.password);
    const first = await mutate(server.url, 'auth.refresh', undefined, { cookie });
    expect(first.status).toBe(200);
    expect(first.cookie).not.toBe(cookie);

    // Presented again at once (the answer was lost on the way): a retry, answered with a sibling token.
    const retry = await mutate(server.url, 'auth.refresh', undefined, { cookie });
    expect(retry.status).toBe(200);

    // Presented again later: a replay. Make the first use older than the grace window.
    await server.orm.em
      .fork()
      .nativeUpdate(RefreshTokenEntity, { usedAt: { $ne: null } }, { usedAt: new Date(Date.now() - 60_000) });
    const replay = await mutate(server.url, 'auth.refresh', undefined, { cookie });
    expect(replay.status).toBe(401);
    expect(replay.body.error?.message).toBe('Votre session a expiré. Veuillez vous reconnecter.');

    const legit = await mutate(server.url, 'auth.refresh', undefined, { cookie: first.cookie });
    expect(legit.status).toBe(401);
  });

  it('logout revokes the session', async () => {
    const { cookie } = await login(server.url, PARENT.email, PARENT.password);
    expect((await mutate(server.url, 'auth.logout', undefined, { cookie })).status).toBe(200);
    expect((await mutate(server.url, 'auth.refresh', undefined, { cookie })).status).toBe(401);
  });

  it('«Se déconnecter de tous les appareils» revokes every session of the person', async () => {
    const phone = await login(server.url, PARENT.email, PARENT.password);
    const laptop = await login(server.url, PARENT.email, PARENT.password);
    const res = await mutate(server.url, 'auth.logoutEverywhere', undefined, {
      token: laptop.token,
      cookie: laptop.cookie,
    });
    expect(res.status).toBe(200);
    expect((await mutate(server.url, 'auth.refresh', undefined, { cookie: phone.cookie })).status).toBe(401);
    expect((await mutate(server.url, 'auth.refresh', undefined, { cookie: laptop.cookie })).status).toBe(401);
  });
});

describe('access tokens on an open socket', () => {
  it('rejects a forged token: the call says the session expired', async () => {
    const { token } = await login(server.url, PARENT.email, PARENT.password);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    const client = wsClient(server.url, forged);
    await expect(client.trpc.auth.me.query()).rejects.toThrow(
      'Votre session a expiré. Veuillez vous reconnecter.',
    );
    client.close();
  });

  it('closes the socket when its token expires', async () => {
    const now = new Date();
    const almostExpired = await server.tokens.sign(
      { kind: 'guardian', guardianId: 1, familyId: 1, sessionId: crypto.randomUUID() },
      new Date(now.getTime() - (server.config.accessTokenTtlSeconds - 1) * 1000),
    );
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/trpc?connectionParams=1`);
    const closed = new Promise<number>((resolve) => {
      ws.onclose = (event) => resolve(event.code);
    });
    await new Promise((resolve) => {
      ws.onopen = resolve;
    });
    ws.send(JSON.stringify({ method: 'connectionParams', data: { token: almostExpired.token } }));
    expect(await closed).toBe(4001);
  });
});
