import { describe, expect, it } from 'vitest';
import { HttpRequestError } from 'viem';
import { mapChainError } from '../../../lib/chain/errors';

describe('mapChainError', () => {
  it('names an unreachable RPC the way browsers report it, not as a malformed reply', () => {
    for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'fetch failed']) {
      const err = new HttpRequestError({ url: 'http://127.0.0.1:1', cause: new TypeError(message) });
      const mapped = mapChainError(err, { rpc: 'http://127.0.0.1:1', what: 'eth_blockNumber' });
      expect(mapped.shortMessage).toBe('RPC endpoint unreachable: http://127.0.0.1:1');
    }
  });
});
