import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and seeds the embedded database', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('does not seed a real database unless SEED_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', SEED_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('names the variable and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: une URL postgres/);
  });

  it('counts the proxies in front: TRUST_PROXY=1 or true is one, 0 or false none', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });

  it('pings every 30 s and waits 10 s for the answer unless told otherwise, within bounds', () => {
    expect(loadConfig({}).wsKeepAlive).toEqual({ pingMs: 30_000, pongWaitMs: 10_000 });
    expect(loadConfig({ WS_PING_MS: '200', WS_PONG_WAIT_MS: '250' }).wsKeepAlive).toEqual({
      pingMs: 200,
      pongWaitMs: 250,
    });
    // A ping every few milliseconds would flood every socket with PINGs.
    expect(() => loadConfig({ WS_PING_MS: '10' })).toThrow(/WS_PING_MS/);
    expect(() => loadConfig({ WS_PONG_WAIT_MS: 'dix' })).toThrow(/WS_PONG_WAIT_MS/);
  });
});
