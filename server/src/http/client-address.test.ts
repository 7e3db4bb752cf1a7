import type { IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

const request = (forwardedFor?: string) =>
  ({
    socket: { remoteAddress: '10.0.0.2' },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

it('believes X-Forwarded-For only as far as the configured proxies wrote it', () => {
  // No proxy: the header is the client's own word.
  expect(clientAddress(request('1.2.3.4'), 0)).toBe('10.0.0.2');
  // One proxy that appends: what the client wrote on the left is ignored.
  expect(clientAddress(request('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
  // nginx on the host, then the compose load balancer.
  expect(clientAddress(request('6.6.6.6, 203.0.113.7, 172.18.0.1'), 2)).toBe('203.0.113.7');
  // Fewer entries than proxies (a request from inside): the furthest one known.
  expect(clientAddress(request('203.0.113.7'), 2)).toBe('203.0.113.7');
  expect(clientAddress(request(), 1)).toBe('10.0.0.2');
});
