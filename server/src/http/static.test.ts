import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer } from '../../test/server.ts';

let dist: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
const script = 'console.log("Portail Famille");\n'.repeat(100);

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'portail-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Portail Famille</title>');
  await writeFile(path.join(dist, 'assets', 'app-1234.js'), script);
  await writeFile(path.join(dist, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
  await writeFile(path.join(dist, 'assets', 'app-1234.js.gz'), gzipSync(script));
  server = await startTestServer({}, undefined, { clientDist: dist });
});

afterAll(async () => {
  await server?.stop();
  await rm(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string>) => fetch(`${server.url}${url}`, { headers });

it('sends the build’s precompressed copy the browser accepts, cached for good', async () => {
  for (const [accept, encoding] of [
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ] as const) {
    const res = await get('/assets/app-1234.js', { 'accept-encoding': accept });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
  }
  const plain = await get('/assets/app-1234.js', { 'accept-encoding': 'identity' });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(script);
});

it('answers an app route with the shell, always revalidated', async () => {
  const res = await get('/reservations', { accept: 'text/html' });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toContain('Portail Famille');
});
