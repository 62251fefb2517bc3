/** Provider error texts as they are returned in the wild → what the scanner does. */
import { describe, expect, it } from 'vitest';
import { HttpRequestError, LimitExceededRpcError, RpcRequestError, TimeoutError } from 'viem';
import { classifyLogError, parseRetryAfter } from '../../../lib/chain/logs/classifyLogError';

const rpc = (code: number, message: string) => new RpcRequestError({ body: {}, error: { code, message }, url: 'http://x' });

describe('classifyLogError', () => {
  it('reads result caps and their suggested ranges', () => {
    expect(classifyLogError(rpc(-32005, 'query returned more than 10000 results. Try with this block range [0x10, 0x1F].'))).toEqual({
      kind: 'resultCap',
      hint: { from: 16n, to: 31n },
    });
    const alchemy =
      'Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0xd1f9b0, 0xd1fcdf]';
    expect(classifyLogError(rpc(-32602, alchemy))).toMatchObject({ kind: 'resultCap', hint: { from: 0xd1f9b0n, to: 0xd1fcdfn } });
    expect(classifyLogError(new LimitExceededRpcError(new Error('limit')))).toMatchObject({ kind: 'resultCap' });
  });

  it('reads block-range caps and the number in them', () => {
    expect(classifyLogError(rpc(-32600, 'exceed maximum block range: 5000'))).toMatchObject({ kind: 'rangeCap', maxRange: 5000n });
    expect(classifyLogError(rpc(-32614, 'eth_getLogs is limited to a 10,000 range'))).toMatchObject({ kind: 'rangeCap', maxRange: 10000n });
    expect(classifyLogError(rpc(-32000, 'block range is too wide'))).toMatchObject({ kind: 'rangeCap', maxRange: undefined });
    expect(classifyLogError(rpc(-32000, 'Block range limit exceeded. Maximum allowed: 1000'))).toMatchObject({ kind: 'rangeCap', maxRange: 1000n });
    expect(
      classifyLogError(
        rpc(
          -32701,
          'Please specify an address in your request or, to remove restrictions, order a dedicated full node here: ... requested too many blocks from 1 to 200000, maximum is set to 2048',
        ),
      ),
    ).toMatchObject({ kind: 'rangeCap' });
  });

  it('reads rate limits, timeouts, oversize replies and garbage', () => {
    const headers = new Headers({ 'retry-after': '3' });
    expect(classifyLogError(new HttpRequestError({ url: 'x', status: 429, headers }))).toEqual({ kind: 'rateLimit', retryAfterMs: 3000 });
    expect(classifyLogError(rpc(-32005, 'daily request count exceeded, request rate limited'))).toMatchObject({ kind: 'rateLimit' });
    expect(classifyLogError(new TimeoutError({ body: {}, url: 'x' }))).toEqual({ kind: 'timeout' });
    expect(classifyLogError(new HttpRequestError({ url: 'x', status: 413 }))).toMatchObject({ kind: 'tooLarge' });
    expect(classifyLogError(new HttpRequestError({ url: 'x', cause: new SyntaxError('Unexpected token < in JSON') }))).toEqual({ kind: 'malformed' });
    expect(classifyLogError(new HttpRequestError({ url: 'x', status: 503 }))).toEqual({ kind: 'transient' });
    expect(classifyLogError(rpc(-32602, 'invalid argument 0: hex string without 0x prefix'))).toEqual({ kind: 'fatal' });
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
