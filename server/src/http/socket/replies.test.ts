import { initTRPC, tracked } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { encodeData } from './replies.ts';

const { _config: config } = initTRPC.create().router({})._def;

describe('a subscription message', () => {
  it("is what tRPC's adapter sends, for a tracked value and for a plain one", () => {
    const event = { type: 'menu.published', weekOf: '2026-12-07' };
    expect(JSON.parse(encodeData(config, 3, '2.0', tracked('41', event)))).toEqual({
      id: 3,
      jsonrpc: '2.0',
      result: { type: 'data', id: '41', data: { id: '41', data: event } },
    });
    expect(JSON.parse(encodeData(config, 'x', undefined, { n: 1 }))).toEqual({
      id: 'x',
      result: { type: 'data', data: { n: 1 } },
    });
  });

  it('carries each subscription its own request id when one event goes to many', () => {
    const event = { type: 'occupancy.changed' };
    const first = JSON.parse(encodeData(config, 1, undefined, tracked('9', event)));
    const second = JSON.parse(encodeData(config, 2, undefined, tracked('9', event)));
    expect([first.id, second.id]).toEqual([1, 2]);
    expect(second.result).toEqual(first.result);
    // The same object yielded again under another id is not taken for the first.
    expect(JSON.parse(encodeData(config, 2, undefined, tracked('10', event))).result.id).toBe('10');
  });
});
