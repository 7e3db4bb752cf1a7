import { type AnyTRPCRouter, isTrackedEnvelope, transformTRPCResponse } from '@trpc/server';
import type { TRPCResponseMessage, TRPCResultMessage } from '@trpc/server/rpc';

type RouterConfig = AnyTRPCRouter['_def']['_config'];
type RequestId = TRPCResponseMessage['id'];
type Result = TRPCResultMessage<unknown>['result'];

/** tRPC's WebSocket replies, as its adapter writes them, transformed by the router's output transformer. */
export function encodeReply(config: RouterConfig, message: TRPCResponseMessage): string {
  return JSON.stringify(transformTRPCResponse(config, message));
}

/**
 * A tracked value's result, serialised once however many subscriptions send it: one live event reaches
 * thousands of sockets, and only the request id differs between their messages. Kept as long as the
 * value is.
 */
const trackedResults = new WeakMap<object, { id: string; json: string }>();

function encodeResult(config: RouterConfig, result: Result): string {
  const transformed = transformTRPCResponse(config, { id: null, result });
  return JSON.stringify('result' in transformed ? transformed.result : result);
}

/** A subscription's `data` message for one value it yielded (a tracked one carries its id, for resuming). */
export function encodeData(config: RouterConfig, id: RequestId, jsonrpc: '2.0' | undefined, value: unknown) {
  let json: string;
  if (isTrackedEnvelope(value)) {
    const [trackedId, data] = value;
    const key = typeof data === 'object' && data !== null ? data : undefined;
    const cached = key && trackedResults.get(key);
    if (cached?.id === trackedId) json = cached.json;
    else {
      json = encodeResult(config, { type: 'data', id: trackedId, data: { id: trackedId, data } });
      if (key) trackedResults.set(key, { id: trackedId, json });
    }
  } else {
    json = encodeResult(config, { type: 'data', data: value });
  }
  return `{"id":${JSON.stringify(id)},${jsonrpc ? '"jsonrpc":"2.0",' : ''}"result":${json}}`;
}
