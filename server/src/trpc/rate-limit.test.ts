import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
const PER_SESSION = 8;

beforeAll(async () => {
  server = await startTestServer({
    RATE_LIMIT_WINDOW_SECONDS: '60',
    RATE_LIMIT_PER_SESSION: String(PER_SESSION),
    RATE_LIMIT_SESSION_WRITES: '3',
    RATE_LIMIT_PER_ADDRESS: '200',
    RATE_LIMIT_SUBSCRIPTIONS: '2',
  });
}, 60_000);
afterAll(() => server?.stop());

const appCode = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { appCode?: string } | undefined)?.appCode : undefined;

describe('rate limits', () => {
  it('refuses a flood from one session with a French message, and leaves another session alone', async () => {
    const [a, b] = await Promise.all([
      login(server.url, 'parent@demo.fr', 'Demo-parent-2026'),
      login(server.url, 'parent@demo.fr', 'Demo-parent-2026'),
    ]);
    const flooder = wsClient(server.url, a.token);
    const other = wsClient(server.url, b.token);
    try {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 3 * PER_SESSION }, () => flooder.trpc.bookings.children.query()),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(PER_SESSION);
      expect(refused).toHaveLength(2 * PER_SESSION);
      const reason = (refused[0] as PromiseRejectedResult).reason;
      expect(appCode(reason)).toBe('TOO_MANY_REQUESTS');
      expect((reason as Error).message).toMatch(
        /^Trop de demandes en peu de temps : réessayez dans \d+ s\.$/,
      );

      await expect(other.trpc.bookings.children.query()).resolves.toBeInstanceOf(Array);
    } finally {
      flooder.close();
      other.close();
    }
  });

  it('allows fewer changes than reads to one session', async () => {
    const { token } = await login(server.url, 'parent@demo.fr', 'Demo-parent-2026');
    const client = wsClient(server.url, token);
    try {
      // Input is parsed after the limits: a malformed submission counts like any other.
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          await client.trpc.bookings.submit.mutate({} as never).catch((error: unknown) => appCode(error)),
        );
      expect(codes).toEqual([
        'BAD_INPUT',
        'BAD_INPUT',
        'BAD_INPUT',
        'TOO_MANY_REQUESTS',
        'TOO_MANY_REQUESTS',
      ]);
    } finally {
      client.close();
    }
  });

  it('caps the subscriptions open at once on one socket', async () => {
    const { token } = await login(server.url, 'parent@demo.fr', 'Demo-parent-2026');
    const client = wsClient(server.url, token);
    try {
      const started: Promise<void>[] = [];
      const errors: unknown[] = [];
      const subscriptions = Array.from({ length: 3 }, () => {
        let onStarted = () => {};
        started.push(new Promise<void>((resolve) => (onStarted = resolve)));
        return client.trpc.live.events.subscribe(
          { lastEventId: null },
          {
            onStarted,
            onError: (error) => {
              errors.push(error);
              onStarted();
            },
          },
        );
      });
      await Promise.all(started);
      expect(errors).toHaveLength(1);
      expect(appCode(errors[0])).toBe('TOO_MANY_REQUESTS');

      // Closing one frees its slot for the next.
      subscriptions[0]?.unsubscribe();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await new Promise<string>((resolve) => {
        client.trpc.live.events.subscribe(
          { lastEventId: null },
          { onStarted: () => resolve('started'), onError: (error) => resolve(String(appCode(error))) },
        );
      });
      expect(again).toBe('started');
    } finally {
      client.close();
    }
  });

  it('refuses an address that floods through many sessions', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 250 }, () =>
        fetch(`${server.url}/trpc/menus.current?input=${encodeURIComponent('{}')}`).then((res) => res.status),
      ),
    );
    const statuses = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 0));
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(200);
  });
});
